using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Revenue;

public sealed class RevenueRecordConfiguration : IEntityTypeConfiguration<RevenueRecord>
{
    public void Configure(EntityTypeBuilder<RevenueRecord> record)
    {
        record.HasOne(r => r.Account).WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
        // One row per account and month; an account's history and the month before are seeks on it.
        record.HasIndex(r => new { r.AccountId, r.Month }).IsUnique();
        // Company totals by month (trends, KPI snapshots).
        record.HasIndex(r => r.Month);
        record.Property(r => r.Revenue).HasConversion(MoneyConverter.Instance);
        record.Property(r => r.ItRevenue).HasConversion(MoneyConverter.Instance);
        record.Property(r => r.RecordedBy).HasMaxLength(320);
        record.Property(r => r.Version).IsConcurrencyToken();
    }
}
