using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Loading;
using GraphQL;
using GraphQL.DataLoader;

namespace GraphKam.GraphQL.Relay;

/// <summary>Typed lookups such as <c>account(id:)</c>: a wrong or unknown ID gives null and a coded error.</summary>
public static class NodeLookup
{
    public static IDataLoaderResult<T?> LoadByGlobalId<T>(this IResolveFieldContext context, string id, string typeName)
        where T : class, IEntity
    {
        var pending = context.LoadById<T>(GlobalId.ParseKey(id, typeName));
        return new DeferredResult<T?>(async cancellationToken =>
            await pending.GetResultAsync(cancellationToken)
            ?? throw new CodedError(ErrorCodes.NotFound, $"No {typeName} has the ID '{InputEcho.Shorten(id)}'.",
                new Dictionary<string, object?> { ["id"] = InputEcho.Shorten(id) }));
    }
}
