using GraphQL.DataLoader;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// One page of a list, as Relay's cursor connection. <see cref="TotalCount"/> and the "other direction" page flag
/// are deferred: their SQL runs only when a client selects them.
/// </summary>
public sealed class Connection(
    IReadOnlyList<Edge> edges,
    PageInfo pageInfo,
    Func<IDataLoaderResult<int>> totalCount)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;
    public PageInfo PageInfo { get; } = pageInfo;
    public IDataLoaderResult<int> TotalCount() => totalCount();
}

public sealed record Edge(string Cursor, object Node);

/// <summary>Relay's PageInfo; one of the two flags is known from the page itself, the other is asked only on demand.</summary>
public sealed class PageInfo(bool? hasNextPage, bool? hasPreviousPage, Func<IDataLoaderResult<bool>> otherDirection, string? startCursor, string? endCursor)
{
    public string? StartCursor { get; } = startCursor;
    public string? EndCursor { get; } = endCursor;
    public object HasNextPage() => hasNextPage is { } known ? known : otherDirection();
    public object HasPreviousPage() => hasPreviousPage is { } known ? known : otherDirection();
}
