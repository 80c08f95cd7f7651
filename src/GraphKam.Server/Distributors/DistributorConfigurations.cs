using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Distributors;

public sealed class DistributorConfiguration : IEntityTypeConfiguration<Distributor>
{
    public void Configure(EntityTypeBuilder<Distributor> distributor)
    {
        distributor.Property(d => d.Name).HasMaxLength(200);
        distributor.Property(d => d.ContactName).HasMaxLength(DistributorRules.MaxNameLength);
        distributor.Property(d => d.ContactEmail).HasMaxLength(DistributorRules.MaxNameLength);
        distributor.Property(d => d.ContactPhone).HasMaxLength(DistributorRules.MaxPhoneLength);
        distributor.Property(d => d.Version).IsConcurrencyToken();
        // Regions and industries are primitive collections (JSON on SQLite, arrays on PostgreSQL): still queryable,
        // so `regions: { some: { eq: "Beijing" } }` runs in SQL.
        distributor.PrimitiveCollection(d => d.Regions);
        distributor.PrimitiveCollection(d => d.Industries);
        distributor.HasOne(d => d.Parent).WithMany(d => d.Children).HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        distributor.HasMany(d => d.Accounts).WithMany(a => a.Distributors).UsingEntity<DistributorAssignment>(
            assignment => assignment.HasOne(a => a.Account).WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade),
            assignment => assignment.HasOne(a => a.Distributor).WithMany(d => d.Assignments).HasForeignKey(a => a.DistributorId).OnDelete(DeleteBehavior.Cascade),
            assignment =>
            {
                assignment.HasKey(a => new { a.DistributorId, a.AccountId });
                assignment.HasIndex(a => a.AccountId);
                assignment.Property(a => a.AssignedBy).HasMaxLength(320);
            });
        distributor.HasIndex(d => d.Name);
        distributor.HasIndex(d => new { d.Status, d.Kind });
    }
}

public sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> scorecard)
    {
        scorecard.Property(s => s.Period).HasMaxLength(7);
        scorecard.Property(s => s.RecordedBy).HasMaxLength(320);
        scorecard.Property(s => s.SalesAmount).HasConversion(MoneyConverter.Instance);
        scorecard.Property(s => s.Target).HasConversion(MoneyConverter.Instance);
        scorecard.HasOne(s => s.Distributor).WithMany(d => d.Scorecards).HasForeignKey(s => s.DistributorId).OnDelete(DeleteBehavior.Cascade);
        scorecard.HasIndex(s => new { s.DistributorId, s.Period }).IsUnique();
        scorecard.HasIndex(s => new { s.Period, s.OverallScore }); // the ranking of a quarter
    }
}

public sealed class ChannelConflictConfiguration : IEntityTypeConfiguration<ChannelConflict>
{
    public void Configure(EntityTypeBuilder<ChannelConflict> conflict)
    {
        conflict.Property(c => c.Key).HasMaxLength(200);
        conflict.HasIndex(c => c.Key).IsUnique();
        conflict.Property(c => c.Description).HasMaxLength(1000);
        conflict.Property(c => c.Resolution).HasMaxLength(1000);
        conflict.Property(c => c.ResolvedBy).HasMaxLength(320);
        conflict.Property(c => c.Version).IsConcurrencyToken();
        conflict.HasOne(c => c.Distributor).WithMany().HasForeignKey(c => c.DistributorId).OnDelete(DeleteBehavior.Cascade);
        conflict.HasOne(c => c.OtherDistributor).WithMany().HasForeignKey(c => c.OtherDistributorId).OnDelete(DeleteBehavior.Cascade);
        conflict.HasOne(c => c.Account).WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        conflict.HasOne(c => c.Opportunity).WithMany().HasForeignKey(c => c.OpportunityId).OnDelete(DeleteBehavior.SetNull);
        conflict.HasOne(c => c.DealRegistration).WithMany(r => r.Conflicts).HasForeignKey(c => c.DealRegistrationId).OnDelete(DeleteBehavior.Cascade);
        conflict.HasIndex(c => new { c.Status, c.DetectedAt });
    }
}

public sealed class DealRegistrationConfiguration : IEntityTypeConfiguration<DealRegistration>
{
    public void Configure(EntityTypeBuilder<DealRegistration> registration)
    {
        registration.Property(r => r.Amount).HasConversion(MoneyConverter.Instance);
        registration.Property(r => r.Description).HasMaxLength(2000);
        registration.Property(r => r.RejectionReason).HasMaxLength(1000);
        registration.Property(r => r.RegisteredBy).HasMaxLength(320);
        registration.Property(r => r.DecidedBy).HasMaxLength(320);
        registration.Property(r => r.Version).IsConcurrencyToken();
        registration.HasOne(r => r.Distributor).WithMany().HasForeignKey(r => r.DistributorId).OnDelete(DeleteBehavior.Cascade);
        registration.HasOne(r => r.Account).WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
        registration.HasOne(r => r.Opportunity).WithMany().HasForeignKey(r => r.OpportunityId).OnDelete(DeleteBehavior.SetNull);
        registration.HasIndex(r => new { r.AccountId, r.RegisteredAt }); // the protection window looks back per account
        registration.HasIndex(r => new { r.Status, r.RegisteredAt });
    }
}
