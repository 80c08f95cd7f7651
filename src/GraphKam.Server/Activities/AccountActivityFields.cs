using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Activities;

/// <summary>The activity fields of <c>Account</c>, added by the activities area.</summary>
public sealed class AccountActivityFields(TimeProvider clock) : ITypeExtension<AccountType>
{
    /// <summary>Newest first; activities logged in one go share an instant, so the later row is the newer one.</summary>
    public static readonly IReadOnlyList<SortValue> NewestFirst =
        [SortValue.By<Activity, DateTime>(a => a.OccurredAt, SortDirection.Desc), SortValue.By<Activity, int>(a => a.Id, SortDirection.Desc)];

    public void Extend(AccountType account)
    {
        account.AddConnection<Account, Activity, ActivityType, ActivityFilterInput, ActivitySortInput>("activities",
            "activities with this account, newest first", a => a.Activities,
            new ConnectionOptions<Activity> { DefaultOrder = NewestFirst, ConnectionName = "ActivitiesConnection" });
        account.Field<ServiceStatusType>("serviceStatus")
            .Description("Where the account stands against its tier's visit standard; null for an archived account.")
            .Resolve(c => ServiceStatuses(c).Load(c.Source.Id));
    }

    /// <summary>The service status of every account of a level, in one statement, as of this request's clock.</summary>
    private BatchLoader<int, ServiceStatus> ServiceStatuses(IResolveFieldContext context)
    {
        return context.DatabaseLoader<int, ServiceStatus>(typeof(ServiceStatus), async (db, ids, cancellationToken) =>
            await ServiceCompliance.Query(db, clock.GetUtcNow().UtcDateTime).Where(s => ids.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, cancellationToken));
    }
}
