using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Setup;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Service;

public sealed class ServiceQueries(TimeProvider clock) : IQueryFields
{
    /// <summary>Newest first; cases opened in one instant by their order of saving.</summary>
    public static readonly IReadOnlyList<SortValue> NewestFirst =
    [
        SortValue.By<ServiceCase, DateTime>(c => c.OpenedAt, SortDirection.Desc),
        SortValue.By<ServiceCase, int>(c => c.Id, SortDirection.Desc),
    ];

    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<ServiceCase, ServiceCaseType, ServiceCaseFilterInput, ServiceCaseSortInput>("serviceCases",
            "service cases of active accounts, newest first",
            (_, db) => db.Set<ServiceCase>().Where(c => c.Account!.ArchivedAt == null),
            new ConnectionOptions<ServiceCase> { DefaultOrder = NewestFirst });

        query.AddConnection<ServiceExceptionEntry, ServiceExceptionType, ServiceExceptionFilterInput, ServiceExceptionSortInput>(
            "serviceExceptions",
            "ways an active account breaks its tier's service standard now (overdue visit or review, breached cases, "
            + "no dedicated manager), most overdue first",
            (_, db) => ServiceExceptions.Query(db, clock.GetUtcNow().UtcDateTime),
            new ConnectionOptions<ServiceExceptionEntry>
            {
                DefaultOrder =
                [
                    SortValue.By<ServiceExceptionEntry, int>(e => e.OverdueDays, SortDirection.Desc),
                    SortValue.By<ServiceExceptionEntry, int>(e => e.Id, SortDirection.Asc),
                ],
            }).ScanCost(AnalyticCosts.ServiceExceptions);

        var overdue = query.AddConnection<ServiceStatus, ServiceStatusType, ServiceStatusFilterInput, ServiceStatusSortInput>(
            "overdueAccounts",
            "active accounts whose visit is overdue under their tier's service standard, most overdue first",
            (_, db) => ServiceCompliance.Query(db, clock.GetUtcNow().UtcDateTime).Where(s => s.OverdueDays > 0),
            new ConnectionOptions<ServiceStatus>
            {
                DefaultOrder = [SortValue.By<ServiceStatus, int>(s => s.OverdueDays, SortDirection.Desc)],
                ConnectionName = "OverdueAccountsConnection",
            }).ScanCost(AnalyticCosts.OverdueAccounts);
        // Kept for clients written before service exceptions; the same rows as one kind of them.
        overdue.DeprecationReason = "Use `serviceExceptions(where: { kind: { eq: VISIT_OVERDUE } })`.";
    }
}
