using System.Linq.Expressions;
using GraphKam.GraphQL.Sorting;
using GraphQL;

namespace GraphKam.GraphQL.Paging;

/// <summary>What a connection field adds to what the client asks for.</summary>
public sealed class ConnectionOptions<T>
{
    /// <summary>The order when the client gives none (the ID tie-breaker always follows).</summary>
    public IReadOnlyList<SortValue>? DefaultOrder { get; init; }

    /// <summary>The rows this field is limited to for this request (e.g. by an argument), before the client's filter.</summary>
    public Func<IResolveFieldContext, Expression<Func<T, bool>>?>? Scope { get; init; }

    /// <summary>
    /// The connection type's name, when HotChocolate's (the field's name + "Connection") would clash: two fields of
    /// the same name over different items need different names.
    /// </summary>
    public string? ConnectionName { get; init; }
}
