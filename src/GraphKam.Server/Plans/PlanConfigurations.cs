using GraphKam.Server.Data;
using GraphKam.Server.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Plans;

public sealed class AccountPlanConfiguration : IEntityTypeConfiguration<AccountPlan>
{
    public void Configure(EntityTypeBuilder<AccountPlan> plan)
    {
        plan.HasOne(p => p.Account).WithMany(a => a.Plans).HasForeignKey(p => p.AccountId)
            .OnDelete(DeleteBehavior.Cascade);
        // One plan per account and year.
        plan.HasIndex(p => new { p.AccountId, p.Year }).IsUnique();
        // plansDueForReview looks for plans in force by when their review clock started.
        plan.HasIndex(p => new { p.Status, p.LastReviewedAt, p.ActivatedAt });
        plan.Property(p => p.Summary).HasMaxLength(PlanLimits.TextLength);
        plan.Property(p => p.CreatedBy).HasMaxLength(320);
        plan.Property(p => p.Objectives).HasJsonConversion();
        plan.Property(p => p.Needs).HasJsonConversion();
        plan.Property(p => p.PainPoints).HasJsonConversion();
        plan.Property(p => p.Competitors).HasJsonConversion();
        plan.Property(p => p.DecisionSteps).HasJsonConversion();
        plan.Property(p => p.WhiteSpace).HasJsonConversion();
        plan.Property(p => p.Risks).HasJsonConversion();
        plan.Property(p => p.Version).IsConcurrencyToken();
    }
}

public sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> review)
    {
        review.HasOne(r => r.Plan).WithMany(p => p.Reviews).HasForeignKey(r => r.PlanId)
            .OnDelete(DeleteBehavior.Cascade);
        review.HasIndex(r => new { r.PlanId, r.ReviewedAt });
        review.Property(r => r.UserIds).HasJsonConversion();
        review.Property(r => r.ContactIds).HasJsonConversion();
        review.Property(r => r.Changes).HasMaxLength(PlanLimits.TextLength);
        review.Property(r => r.NextSteps).HasMaxLength(PlanLimits.TextLength);
        review.Property(r => r.RecordedBy).HasMaxLength(320);
    }
}
