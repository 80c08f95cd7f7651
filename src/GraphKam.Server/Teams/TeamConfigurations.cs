using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Teams;

public sealed class AccountTeamMemberConfiguration : IEntityTypeConfiguration<AccountTeamMember>
{
    public void Configure(EntityTypeBuilder<AccountTeamMember> member)
    {
        member.HasOne(m => m.Account).WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        member.Property(m => m.AddedBy).HasMaxLength(320);
        member.Property(m => m.EndedBy).HasMaxLength(320);
        member.Property(m => m.Version).IsConcurrencyToken();
        // The write rules ask "is the caller on this account's team now"; coverage asks "who holds this role".
        member.HasIndex(m => new { m.AccountId, m.UserId });
        member.HasIndex(m => m.UserId);
    }
}

public sealed class CoverageRuleConfiguration : IEntityTypeConfiguration<CoverageRule>
{
    public void Configure(EntityTypeBuilder<CoverageRule> rule)
    {
        rule.ToTable("CoverageRules");
        rule.HasIndex(r => r.TierCode).IsUnique();
        rule.Property(r => r.TierCode).HasMaxLength(TeamLimits.TierCodeLength);
        rule.Property(r => r.UpdatedBy).HasMaxLength(320);
        rule.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal static class TeamLimits
{
    public const int TierCodeLength = 20;
}
