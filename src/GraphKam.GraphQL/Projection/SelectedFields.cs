using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Projection;

/// <summary>
/// The names of the fields a document selects on one object type, through fragments whose type condition it
/// meets; worked out once per field of a parsed document (documents are cached, so once per document text).
/// </summary>
public sealed class SelectedFields
{
    private static readonly ConditionalWeakTable<GraphQLField, SelectedFields> OfConnections = new();
    private static readonly ConditionalWeakTable<GraphQLField, ConcurrentDictionary<IObjectGraphType, SelectedFields>> OfObjects = new();

    private SelectedFields(IComplexGraphType type, SortedSet<string> names)
    {
        Type = type;
        Names = names;
        Key = string.Join(",", names);
    }

    /// <summary>The object type the fields are on.</summary>
    public IComplexGraphType Type { get; }

    public IReadOnlySet<string> Names { get; }

    /// <summary>The names, sorted and joined: equal keys, equal selections.</summary>
    public string Key { get; }

    /// <summary>What a connection field selects on its items (<c>nodes</c>, <c>edges.node</c>).</summary>
    public static SelectedFields? OfConnectionItems(IResolveFieldContext context)
    {
        if (context.FieldDefinition.ResolvedType?.GetNamedType() is not IComplexGraphType connection
            || connection.GetField("nodes")?.ResolvedType?.GetNamedType() is not IObjectGraphType item)
            return null;
        return OfConnections.GetValue(context.FieldAst, field =>
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var items in Fields(context.Document, field.SelectionSet, connection))
            {
                if (items.Name.StringValue == "nodes") Collect(context.Document, items.SelectionSet, item, names);
                else if (items.Name.StringValue == "edges")
                    foreach (var node in Fields(context.Document, items.SelectionSet, null))
                        if (node.Name.StringValue == "node") Collect(context.Document, node.SelectionSet, item, names);
            }
            return new SelectedFields(item, names);
        });
    }

    /// <summary>What a field that resolves to one <paramref name="type"/> object selects on it.</summary>
    /// <remarks>One field may resolve to objects of different types (<c>node(id:)</c>): each has its own selection.</remarks>
    public static SelectedFields Of(IResolveFieldContext context, IObjectGraphType type) =>
        OfObjects.GetValue(context.FieldAst, _ => new()).GetOrAdd(type, _ =>
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            Collect(context.Document, context.FieldAst.SelectionSet, type, names);
            return new SelectedFields(type, names);
        });

    private static void Collect(GraphQLDocument document, GraphQLSelectionSet? selections, IObjectGraphType type, SortedSet<string> names)
    {
        foreach (var field in Fields(document, selections, type)) names.Add(field.Name.StringValue);
    }

    /// <summary>The fields of a selection set, through the fragments that apply to <paramref name="type"/> (all, when null).</summary>
    private static IEnumerable<GraphQLField> Fields(GraphQLDocument document, GraphQLSelectionSet? selections, IComplexGraphType? type)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            if (selection is GraphQLField selected)
            {
                yield return selected;
                continue;
            }
            var (condition, inner) = selection switch
            {
                GraphQLInlineFragment inline => (inline.TypeCondition, inline.SelectionSet),
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .Where(d => d.FragmentName.Name == spread.FragmentName.Name)
                    .Select(d => ((GraphQLTypeCondition?)d.TypeCondition, (GraphQLSelectionSet?)d.SelectionSet)).FirstOrDefault(),
                _ => (null, null),
            };
            if (Applies(condition, type))
                foreach (var field in Fields(document, inner, type)) yield return field;
        }
    }

    private static bool Applies(GraphQLTypeCondition? condition, IComplexGraphType? type)
    {
        if (condition == null || type == null) return true;
        var name = condition.Type.Name.StringValue;
        return name == type.Name || (type is IImplementInterfaces implementing && implementing.ResolvedInterfaces.Any(i => i.Name == name));
    }
}
