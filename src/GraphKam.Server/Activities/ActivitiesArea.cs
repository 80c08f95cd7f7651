using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Activities;

/// <summary>Visits, calls, meetings and reviews with accounts (the service area measures them against the standard).</summary>
public sealed class ActivitiesArea : IArea
{
    public void Register(AreaBuilder area) =>
        area.Query<ActivityQueries>().Mutations<ActivityMutations>().Subscriptions<ActivitySubscriptions>()
            .Extend<AccountType, AccountActivityFields>()
            .Access<ActivityAccess>();
}
