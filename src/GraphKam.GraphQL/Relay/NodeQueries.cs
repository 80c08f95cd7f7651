using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Relay;

/// <summary>
/// <c>node(id:)</c> and <c>nodes(ids:)</c>: fetch any object by its global ID. As in HotChocolate, an object that
/// does not exist (or that the caller may not see) is <c>null</c> without an error; a malformed ID is an error.
/// </summary>
public sealed class NodeQueries(IOptions<ConventionOptions> options) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        var maxIds = options.Value.MaxNodeBatchSize;
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID. An unknown ID gives `null`; a malformed one, " +
                "`null` and an INVALID_ID error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global ID of the object.")
            .Resolve(context => Load(context, context.GetArgument<string>("id"), context.ResponsePath));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches up to {maxIds} objects by their global IDs, in the order given; unknown IDs give " +
                "`null` entries, malformed ones `null` and an INVALID_ID error each.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The global IDs of the objects.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > maxIds)
                    throw new CodedError(ErrorCodes.TooManyIds,
                        $"At most {maxIds} IDs can be fetched at once; {ids.Count} were given.");
                var pending = ids.Select((id, index) => Load(context, id, context.ResponsePath.Append(index))).ToList();
                return new DeferredResult<object?[]>(async cancellationToken =>
                {
                    var nodes = new object?[pending.Count];
                    for (var i = 0; i < pending.Count; i++) nodes[i] = await pending[i].GetResultAsync(cancellationToken);
                    return nodes;
                });
            });
    }

    /// <summary>Loads one node; a malformed ID is also reported at <paramref name="path"/>.</summary>
    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string id, IEnumerable<object> path)
    {
        var wellFormed = GlobalId.TryParse(id, out var globalId);
        var type = wellFormed ? context.Schema.AllTypes[globalId.TypeName] : null;
        if (type is INodeType nodeType) return nodeType.LoadNode(context, globalId.Key);
        // Some objects carry IDs without being Nodes (their mutations take them back); say so rather than "not valid".
        var article = type != null && "AEIOU".Contains(type.Name[0], StringComparison.Ordinal) ? "an" : "a";
        var error = new CodedError(ErrorCodes.InvalidId, type is IObjectGraphType
                ? $"'{InputEcho.Shorten(id)}' is the ID of {article} {type.Name}, which is not a Node: node() does not fetch it."
                : $"'{InputEcho.Shorten(id)}' is not a valid ID.",
            new Dictionary<string, object?> { ["id"] = InputEcho.Shorten(id) })
        { Path = path };
        lock (context.Errors) context.Errors.Add(error);
        return new DeferredResult<object?>(_ => Task.FromResult<object?>(null));
    }
}
