using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Service;

public sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> survey)
    {
        survey.HasOne(s => s.Account).WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        survey.HasOne(s => s.Contact).WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Cascade);
        survey.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.SetNull);
        survey.Property(s => s.Comment).HasMaxLength(RecordSatisfaction.CommentLength);
        survey.Property(s => s.RecordedBy).HasMaxLength(320);
        // The rolling figure and the monthly history read one account's surveys by time; the overview all of them.
        survey.HasIndex(s => new { s.AccountId, s.RecordedAt });
        survey.HasIndex(s => s.RecordedAt);
    }
}

public sealed class SatisfactionTargetConfiguration : IEntityTypeConfiguration<SatisfactionTarget>
{
    public void Configure(EntityTypeBuilder<SatisfactionTarget> target)
    {
        target.HasIndex(t => t.Year).IsUnique();
        target.Property(t => t.SetBy).HasMaxLength(320);
    }
}
