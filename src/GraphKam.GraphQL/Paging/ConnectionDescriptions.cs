using GraphKam.GraphQL.Schema;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// Describes what depends on the schema as a whole, once it is assembled: the configured page sizes on every
/// connection's <c>first</c> and <c>last</c>, and a connection type that several fields share by what it holds.
/// </summary>
internal sealed class ConnectionDescriptions(ConventionOptions conventions, SharedConnectionTypes connections)
    : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field,
        IObjectGraphType type, ISchema schema)
    {
        if (Unwrap(field.ResolvedType) is not ObjectGraphType<Connection>) return;
        if (argument.Name == "first")
            argument.Description = $"Return the first n items (after `after`, if given). Default " +
                $"{conventions.DefaultPageSize}, at most {conventions.MaxPageSize}.";
        else if (argument.Name == "last")
            argument.Description =
                $"Return the last n items (before `before`, if given); at most {conventions.MaxPageSize}.";
    }

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (!connections.Shared.Contains(type)
            || Unwrap(type.GetField("edges")?.ResolvedType) is not IObjectGraphType edge
            || Unwrap(edge.GetField("node")?.ResolvedType) is not { } node) return;
        type.Description = $"A page of {node.Name} objects, with cursors to fetch the pages around it.";
        edge.Description = $"One {node.Name} in a page, with its cursor.";
    }

    private static IGraphType? Unwrap(IGraphType? type)
    {
        while (type is IProvideResolvedType wrapper and (NonNullGraphType or ListGraphType))
            type = wrapper.ResolvedType;
        return type;
    }
}
