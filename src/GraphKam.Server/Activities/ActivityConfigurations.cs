using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
namespace GraphKam.Server.Activities;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.Property(a => a.Summary).HasMaxLength(2000);
        activity.Property(a => a.Outcome).HasMaxLength(2000);
        activity.HasOne(a => a.Account).WithMany(a => a.Activities).HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
        activity.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.SetNull);
        activity.HasOne<Opportunity>().WithMany().HasForeignKey(a => a.OpportunityId).OnDelete(DeleteBehavior.SetNull);
        // The last visit of an account is a frequent question (service compliance).
        activity.HasIndex(a => new { a.AccountId, a.Type, a.OccurredAt });
        activity.HasIndex(a => a.OccurredAt);
    }
}

public sealed class ActivityContactConfiguration : IEntityTypeConfiguration<ActivityContact>
{
    public void Configure(EntityTypeBuilder<ActivityContact> link)
    {
        link.HasKey(l => new { l.ActivityId, l.ContactId });
        link.HasOne(l => l.Activity).WithMany(a => a.Contacts).HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.Contact).WithMany().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.ContactId);
    }
}
