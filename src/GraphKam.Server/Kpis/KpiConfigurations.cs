using GraphKam.Server.Data;
using GraphKam.Server.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Kpis;

public sealed class KpiSnapshotConfiguration : IEntityTypeConfiguration<KpiSnapshot>
{
    public void Configure(EntityTypeBuilder<KpiSnapshot> snapshot)
    {
        snapshot.HasOne(s => s.Policy).WithMany().HasForeignKey(s => s.PolicyId).OnDelete(DeleteBehavior.Cascade);
        // One snapshot per policy and month: a history is a range seek.
        snapshot.HasIndex(s => new { s.PolicyId, s.Month }).IsUnique();
        foreach (var money in new[] { nameof(KpiSnapshot.KeyAccountRevenue), nameof(KpiSnapshot.CompanyRevenue), nameof(KpiSnapshot.Pipeline), nameof(KpiSnapshot.Won) })
            snapshot.Property(money).HasConversion(MoneyConverter.Instance);
        snapshot.Property(s => s.Target).HasConversion(MoneyConverter.Instance);
        snapshot.Property(s => s.Tiers).HasJsonConversion();
        snapshot.Property(s => s.Migrations).HasJsonConversion();
        snapshot.Property(s => s.TakenBy).HasMaxLength(320);
    }
}
