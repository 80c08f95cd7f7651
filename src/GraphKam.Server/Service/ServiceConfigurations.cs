using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Service;

public sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    public void Configure(EntityTypeBuilder<ServiceCase> serviceCase)
    {
        serviceCase.HasOne(c => c.Account).WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        serviceCase.HasOne(c => c.Contact).WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.SetNull);
        serviceCase.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.SetNull);
        serviceCase.Property(c => c.Subject).HasMaxLength(200);
        serviceCase.Property(c => c.Description).HasMaxLength(4000);
        serviceCase.Property(c => c.TierCode).HasMaxLength(20);
        serviceCase.Property(c => c.OpenedBy).HasMaxLength(320);
        serviceCase.Property(c => c.Version).IsConcurrencyToken();
        serviceCase.HasIndex(c => new { c.AccountId, c.OpenedAt });
        // The escalation sweep looks for open cases whose deadline passed.
        serviceCase.HasIndex(c => new { c.Status, c.RespondBy });
        serviceCase.HasIndex(c => new { c.Status, c.ResolveBy });
    }
}

public sealed class ServiceCaseChangeConfiguration : IEntityTypeConfiguration<ServiceCaseChange>
{
    public void Configure(EntityTypeBuilder<ServiceCaseChange> change)
    {
        change.HasOne(c => c.Case).WithMany(c => c.History).HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => new { c.CaseId, c.ChangedAt });
        change.Property(c => c.Note).HasMaxLength(2000);
        change.Property(c => c.ChangedBy).HasMaxLength(320);
    }
}
