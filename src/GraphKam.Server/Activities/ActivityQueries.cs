using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Setup;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Activities;

public sealed class ActivityQueries(TimeProvider clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<Activity, ActivityType, ActivityFilterInput, ActivitySortInput>("activities",
            "activities with every active account, newest first", (_, db) => db.Set<Activity>().Where(a => a.Account!.ArchivedAt == null),
            new ConnectionOptions<Activity> { DefaultOrder = AccountActivityFields.NewestFirst });

        query.AddConnection<ServiceStatus, ServiceStatusType, ServiceStatusFilterInput, ServiceStatusSortInput>("overdueAccounts",
            "active accounts whose visit is overdue under their tier's service standard, most overdue first",
            (_, db) => ServiceCompliance.Query(db, clock.GetUtcNow().UtcDateTime)
                .Where(s => s.OverdueDays > 0),
            new ConnectionOptions<ServiceStatus>
            {
                DefaultOrder = [SortValue.By<ServiceStatus, int>(s => s.OverdueDays, SortDirection.Desc)],
                ConnectionName = "OverdueAccountsConnection",
            }).ScanCost(AnalyticCosts.OverdueAccounts);
    }
}
