using GraphKam.Server.Data;
using GraphKam.Server.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Funnel;

public sealed class FunnelStageConfiguration : IEntityTypeConfiguration<FunnelStage>
{
    public void Configure(EntityTypeBuilder<FunnelStage> stage)
    {
        stage.HasIndex(s => s.Key).IsUnique();
        stage.Property(s => s.Key).HasMaxLength(50);
        stage.Property(s => s.Name).HasMaxLength(200);
        stage.Property(s => s.ExitCriteria).HasJsonConversion();
    }
}

public sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> opportunity)
    {
        opportunity.Property(o => o.Name).HasMaxLength(200);
        opportunity.Property(o => o.Currency).HasMaxLength(3);
        opportunity.Property(o => o.LossReason).HasMaxLength(1000);
        opportunity.Property(o => o.Amount).HasConversion(MoneyConverter.Instance);
        opportunity.Property(o => o.WeightedAmount).HasConversion(MoneyConverter.Instance);
        opportunity.Property(o => o.Version).IsConcurrencyToken();
        opportunity.HasOne(o => o.Account).WithMany(a => a.Opportunities).HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Cascade);
        opportunity.HasOne(o => o.Stage).WithMany().HasForeignKey(o => o.StageId).OnDelete(DeleteBehavior.Restrict);
        opportunity.HasOne(o => o.Owner).WithMany().HasForeignKey(o => o.OwnerId).OnDelete(DeleteBehavior.SetNull);
        opportunity.HasOne(o => o.Distributor).WithMany(d => d.Opportunities).HasForeignKey(o => o.DistributorId).OnDelete(DeleteBehavior.SetNull);
        opportunity.HasIndex(o => new { o.Status, o.StageId });
        opportunity.HasIndex(o => o.ExpectedCloseDate);
        opportunity.HasIndex(o => o.OwnerId);
        opportunity.HasIndex(o => o.Amount);
        opportunity.HasIndex(o => o.FurthestStageOrder); // the funnel counts deals by how far they got
    }
}

public sealed class OpportunityContactConfiguration : IEntityTypeConfiguration<OpportunityContact>
{
    public void Configure(EntityTypeBuilder<OpportunityContact> link)
    {
        link.HasKey(l => new { l.OpportunityId, l.ContactId });
        link.HasOne(l => l.Opportunity).WithMany(o => o.ContactRoles).HasForeignKey(l => l.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.Contact).WithMany().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> change)
    {
        change.Property(c => c.ChangedBy).HasMaxLength(320);
        change.Property(c => c.Note).HasMaxLength(1000);
        change.HasOne(c => c.Opportunity).WithMany(o => o.StageChanges).HasForeignKey(c => c.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        change.HasOne(c => c.FromStage).WithMany().HasForeignKey(c => c.FromStageId).OnDelete(DeleteBehavior.Restrict);
        change.HasOne(c => c.ToStage).WithMany().HasForeignKey(c => c.ToStageId).OnDelete(DeleteBehavior.Restrict);
        change.HasIndex(c => new { c.OpportunityId, c.ChangedAt });
        change.HasIndex(c => c.ToStageId);
    }
}

public sealed class SalesTargetConfiguration : IEntityTypeConfiguration<SalesTarget>
{
    public void Configure(EntityTypeBuilder<SalesTarget> target)
    {
        target.Property(t => t.Amount).HasConversion(MoneyConverter.Instance);
        target.Property(t => t.Period).HasMaxLength(10);
        target.Property(t => t.Region).HasMaxLength(100);
        target.HasOne(t => t.Owner).WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
        target.HasIndex(t => new { t.Period, t.OwnerId, t.Region }).IsUnique();
    }
}

public sealed class OpportunitySplitConfiguration : IEntityTypeConfiguration<OpportunitySplit>
{
    public void Configure(EntityTypeBuilder<OpportunitySplit> split)
    {
        split.HasOne(s => s.Opportunity).WithMany().HasForeignKey(s => s.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        split.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        // Hundredths of a percent as an integer, so that amount × percent is exact integer arithmetic in SQL.
        split.Property(s => s.Percent).HasConversion(MoneyConverter.Instance);
        split.HasIndex(s => new { s.OpportunityId, s.Type, s.UserId }).IsUnique();
        split.HasIndex(s => s.UserId);
    }
}
