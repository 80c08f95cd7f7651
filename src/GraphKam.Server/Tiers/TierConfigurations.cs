using GraphKam.Server.Data;
using GraphKam.Server.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Tiers;

public sealed class TierPolicyConfiguration : IEntityTypeConfiguration<TierPolicy>
{
    public void Configure(EntityTypeBuilder<TierPolicy> policy)
    {
        policy.HasIndex(p => p.Key).IsUnique();
        policy.Property(p => p.Key).HasMaxLength(50);
        policy.Property(p => p.Name).HasMaxLength(200);
        policy.Property(p => p.Metrics).HasJsonConversion();
        policy.Property(p => p.Tiers).HasJsonConversion();
        policy.Property(p => p.Overrides).HasJsonConversion();
        policy.Property(p => p.Version).IsConcurrencyToken();
    }
}

public sealed class AccountTierConfiguration : IEntityTypeConfiguration<AccountTier>
{
    public void Configure(EntityTypeBuilder<AccountTier> tier)
    {
        tier.HasOne(t => t.Account).WithMany(a => a.Tiers).HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        tier.HasOne(t => t.Policy).WithMany().HasForeignKey(t => t.PolicyId).OnDelete(DeleteBehavior.Cascade);
        tier.HasIndex(t => new { t.AccountId, t.PolicyId }).IsUnique();
        tier.HasIndex(t => new { t.PolicyId, t.TierRank });
        tier.HasIndex(t => t.OverrideExpiresAt); // the expiry sweep finds the few overrides that end
        tier.Property(t => t.TierCode).HasMaxLength(20);
        tier.Property(t => t.ComputedTierCode).HasMaxLength(20);
        tier.Property(t => t.OverrideTierCode).HasMaxLength(20);
        tier.Property(t => t.OverrideReason).HasMaxLength(500);
    }
}

public sealed class TierChangeConfiguration : IEntityTypeConfiguration<TierChange>
{
    public void Configure(EntityTypeBuilder<TierChange> change)
    {
        change.HasOne(c => c.Account).WithMany(a => a.TierChanges).HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        change.HasOne(c => c.Policy).WithMany().HasForeignKey(c => c.PolicyId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => new { c.AccountId, c.PolicyId, c.ChangedAt });
        change.Property(c => c.Reason).HasMaxLength(500);
        change.Property(c => c.ChangedBy).HasMaxLength(320);
    }
}
