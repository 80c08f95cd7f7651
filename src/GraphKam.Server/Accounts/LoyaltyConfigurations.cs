using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Accounts;

public sealed class LoyaltyStageChangeConfiguration : IEntityTypeConfiguration<LoyaltyStageChange>
{
    public void Configure(EntityTypeBuilder<LoyaltyStageChange> change)
    {
        change.HasOne(c => c.Account).WithMany(a => a.LoyaltyChanges).HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        change.Property(c => c.Reason).HasMaxLength(LoyaltyHistory.ReasonLength);
        change.Property(c => c.ChangedBy).HasMaxLength(320);
        change.HasIndex(c => new { c.AccountId, c.ChangedAt });
        // loyaltyTransitions counts the moves of a period.
        change.HasIndex(c => c.ChangedAt);
    }
}
