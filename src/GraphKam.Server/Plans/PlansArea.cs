using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Plans;

/// <summary>
/// Key-account plans: per account and year, objectives, needs, competition, decision process, white space and risks,
/// and the reviews that keep them alive (<c>plansDueForReview</c>). The company's own strategy: staff only.
/// </summary>
public sealed class PlansArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<PlanQueries>().Mutations<PlanMutations>().Subscriptions<PlanSubscriptions>()
            .Extend<AccountType, AccountPlanFields>().Access<PlanAccess>();
        area.Options<PlanOptions>("GraphKam:Plans")
            .Validate(o => o.ReviewIntervalDays is >= PlanOptions.MinIntervalDays and <= PlanOptions.MaxIntervalDays,
                $"GraphKam:Plans:ReviewIntervalDays must be from {PlanOptions.MinIntervalDays} "
                + $"to {PlanOptions.MaxIntervalDays}.")
            .ValidateOnStart();
    }
}
