using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GraphKam.GraphQL.Relay;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: fetch any object by its global ID.</summary>
public sealed class NodeQueries : IQueryFields
{
    public const int MaxIds = 100;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID. An unknown or malformed ID gives `null` and an error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global ID of the object.")
            .Resolve(context => Load(context, context.GetArgument<string>("id"), context.ResponsePath));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches up to {MaxIds} objects by their global IDs, in the order given; unknown IDs give `null` entries and an error each.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The global IDs of the objects.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                    throw new CodedError(ErrorCodes.TooManyIds, $"At most {MaxIds} IDs can be fetched at once; {ids.Count} were given.");
                var pending = ids.Select((id, index) => Load(context, id, context.ResponsePath.Append(index))).ToList();
                return new DeferredResult<object?[]>(async cancellationToken =>
                {
                    var nodes = new object?[pending.Count];
                    for (var i = 0; i < pending.Count; i++) nodes[i] = await pending[i].GetResultAsync(cancellationToken);
                    return nodes;
                });
            });
    }

    /// <summary>Loads one node; a bad or unknown ID is reported at <paramref name="path"/> and resolves to null.</summary>
    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string id, IEnumerable<object> path)
    {
        if (!GlobalId.TryParse(id, out var globalId) ||
            context.Schema.AllTypes[globalId.TypeName] is not INodeType nodeType)
            return Missing(context, ErrorCodes.InvalidId, $"'{id}' is not a valid ID.", id, path);

        var pending = nodeType.LoadNode(context, globalId.Key);
        return new DeferredResult<object?>(async cancellationToken =>
            await pending.GetResultAsync(cancellationToken)
            ?? await Missing(context, ErrorCodes.NotFound, $"No {globalId.TypeName} has the ID '{id}'.", id, path).GetResultAsync(cancellationToken));
    }

    private static IDataLoaderResult<object?> Missing(IResolveFieldContext context, string code, string message, string id, IEnumerable<object> path)
    {
        var error = new CodedError(code, message, new Dictionary<string, object?> { ["id"] = id }) { Path = path };
        lock (context.Errors) context.Errors.Add(error);
        return new DeferredResult<object?>(_ => Task.FromResult<object?>(null));
    }
}
