using GraphKam.GraphQL.Paging;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// The data conventions where this library lets an application choose, as HotChocolate does (its paging options,
/// <c>MaxAllowedNodeBatchSize</c> and filter conventions). Bound from the same section as
/// <see cref="Http.GraphQLServerOptions"/>; the defaults are GraphKam's, which differ from HotChocolate's on purpose.
/// </summary>
public sealed class ConventionOptions
{
    /// <summary>Page size when a client gives neither <c>first</c> nor <c>last</c> (HotChocolate: 10).</summary>
    public int DefaultPageSize { get; set; } = PagingArguments.StandardDefaultPageSize;

    /// <summary>Largest <c>first</c> or <c>last</c> accepted (HotChocolate: 50).</summary>
    public int MaxPageSize { get; set; } = PagingArguments.StandardMaxPageSize;

    /// <summary>Most IDs one <c>nodes(ids:)</c> may fetch (HotChocolate: 50).</summary>
    public int MaxNodeBatchSize { get; set; } = 100;

    /// <summary>
    /// Whether <c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations ignore case, as people search.
    /// HotChocolate compares as the database does, which for SQLite is case-sensitive.
    /// </summary>
    public bool CaseInsensitiveTextFilters { get; set; } = true;

    /// <summary>
    /// Whether lists and lookups read only the columns a document selects (HotChocolate's <c>UseProjection</c>,
    /// on for every entity). Off: whole rows, as before; kept as a switch to compare the two.
    /// </summary>
    public bool Projection { get; set; } = true;
}
