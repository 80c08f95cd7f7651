using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.OrgCharts;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> contact)
    {
        contact.Property(c => c.Name).HasMaxLength(200);
        contact.Property(c => c.Title).HasMaxLength(200);
        contact.Property(c => c.Department).HasMaxLength(200);
        contact.Property(c => c.Email).HasMaxLength(320);
        contact.Property(c => c.Phone).HasMaxLength(50);
        contact.Property(c => c.Notes).HasMaxLength(4000);
        contact.Property(c => c.Version).IsConcurrencyToken();
        contact.HasOne(c => c.Account).WithMany(a => a.Contacts).HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        contact.HasOne(c => c.ReportsTo).WithMany(c => c.DirectReports).HasForeignKey(c => c.ReportsToId).OnDelete(DeleteBehavior.Restrict);
        contact.HasIndex(c => new { c.AccountId, c.RemovedAt });
        contact.HasIndex(c => c.ReportsToId);
        contact.HasIndex(c => c.Name);
    }
}

public sealed class ContactLinkConfiguration : IEntityTypeConfiguration<ContactLink>
{
    public void Configure(EntityTypeBuilder<ContactLink> link)
    {
        link.HasOne(l => l.Contact).WithMany(c => c.DottedLines).HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.RelatedContact).WithMany().HasForeignKey(l => l.RelatedContactId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => new { l.ContactId, l.RelatedContactId }).IsUnique();
    }
}

public sealed class RolePlanConfiguration : IEntityTypeConfiguration<RolePlan>
{
    public void Configure(EntityTypeBuilder<RolePlan> plan)
    {
        plan.HasOne(p => p.Contact).WithOne(c => c.RolePlan).HasForeignKey<RolePlan>(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        plan.HasIndex(p => p.ContactId).IsUnique();
        plan.HasIndex(p => p.NextActionAt);
        plan.Property(p => p.Goal).HasMaxLength(1000);
        plan.Property(p => p.Method).HasMaxLength(1000);
        plan.Property(p => p.Action).HasMaxLength(1000);
    }
}

