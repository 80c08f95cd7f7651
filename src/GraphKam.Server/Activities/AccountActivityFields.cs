using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.Activities;

/// <summary>The activity fields of <c>Account</c>, added by the activities area.</summary>
public sealed class AccountActivityFields : ITypeExtension<AccountType>
{
    /// <summary>Newest first; activities logged in one go share an instant, so the later row is the newer one.</summary>
    public static readonly IReadOnlyList<SortValue> NewestFirst =
        [SortValue.By<Activity, DateTime>(a => a.OccurredAt, SortDirection.Desc), SortValue.By<Activity, int>(a => a.Id, SortDirection.Desc)];

    public void Extend(AccountType account) =>
        account.AddConnection<Account, Activity, ActivityType, ActivityFilterInput, ActivitySortInput>("activities",
            "activities with this account, newest first", a => a.Activities,
            new ConnectionOptions<Activity> { DefaultOrder = NewestFirst, ConnectionName = "ActivitiesConnection" });
}
