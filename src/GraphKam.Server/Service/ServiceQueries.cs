using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Service;

public sealed class ServiceQueries : IQueryFields
{
    /// <summary>Newest first; cases opened in one instant by their order of saving.</summary>
    public static readonly IReadOnlyList<SortValue> NewestFirst =
    [
        SortValue.By<ServiceCase, DateTime>(c => c.OpenedAt, SortDirection.Desc),
        SortValue.By<ServiceCase, int>(c => c.Id, SortDirection.Desc),
    ];

    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<ServiceCase, ServiceCaseType, ServiceCaseFilterInput, ServiceCaseSortInput>("serviceCases",
            "service cases of active accounts, newest first",
            (_, db) => db.Set<ServiceCase>().Where(c => c.Account!.ArchivedAt == null),
            new ConnectionOptions<ServiceCase> { DefaultOrder = NewestFirst });
}
