using System.Linq.Expressions;
using GraphKam.Server.Data;

namespace GraphKam.Server.Plans;

/// <summary>When a plan in force is due for review, and how far its objectives are.</summary>
public static class PlanReviewSchedule
{
    /// <summary>
    /// Plans in force whose review clock (the last review, else the activation) started at or before
    /// <paramref name="cutoff"/>: a filter evaluated in SQL.
    /// </summary>
    public static Expression<Func<AccountPlan, bool>> DueBefore(DateTime cutoff) => p =>
        (p.Status == AccountPlanStatus.Active || p.Status == AccountPlanStatus.Reviewed)
        && (p.LastReviewedAt ?? p.ActivatedAt) <= cutoff;

    /// <summary>When the plan's next review is due; null unless it is in force.</summary>
    public static DateTime? NextReviewDue(AccountPlan plan, PlanOptions options) =>
        plan.Status is AccountPlanStatus.Active or AccountPlanStatus.Reviewed
            ? (plan.LastReviewedAt ?? plan.ActivatedAt)?.AddDays(options.ReviewIntervalDays)
            : null;

    /// <summary><c>actual ÷ target</c> between 0 and 1, to three decimals (targets are positive).</summary>
    public static double Progress(PlanObjective objective) =>
        objective.Target <= 0 ? 0 : Math.Round(Math.Clamp(objective.Actual / objective.Target, 0, 1), 3);
}
