using GraphKam.Server.Data;

namespace GraphKam.Server.Plans;

/// <summary>
/// The life of a plan: DRAFT → ACTIVE → REVIEWED → CLOSED. A plan becomes REVIEWED only by a recorded review (of an
/// ACTIVE or REVIEWED plan, which stays REVIEWED); a plan in force may be closed; a closed plan stays closed.
/// </summary>
public static class PlanRules
{
    private static readonly Dictionary<AccountPlanStatus, AccountPlanStatus[]> Next = new()
    {
        [AccountPlanStatus.Draft] = [AccountPlanStatus.Active],
        [AccountPlanStatus.Active] = [AccountPlanStatus.Closed],
        [AccountPlanStatus.Reviewed] = [AccountPlanStatus.Closed],
        [AccountPlanStatus.Closed] = [],
    };

    /// <summary>Whether <c>changeAccountPlanStatus</c> may move a plan from one status to the other.</summary>
    public static bool MayMove(AccountPlanStatus from, AccountPlanStatus to) => Next[from].Contains(to);

    /// <summary>Whether a review may be recorded of a plan in this status: only of a plan in force.</summary>
    public static bool MayReview(AccountPlanStatus status) =>
        status is AccountPlanStatus.Active or AccountPlanStatus.Reviewed;

    /// <summary>Moves the plan and stamps what the move means: activation starts the review clock.</summary>
    public static void Move(AccountPlan plan, AccountPlanStatus to, DateTime now)
    {
        plan.Status = to;
        plan.UpdatedAt = now;
        if (to == AccountPlanStatus.Active) plan.ActivatedAt = now;
        if (to == AccountPlanStatus.Closed) plan.ClosedAt = now;
    }
}
