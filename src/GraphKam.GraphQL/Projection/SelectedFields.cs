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

    private readonly Dictionary<string, SelectedFields> _joined;

    private SelectedFields(IComplexGraphType type, SortedSet<string> names, Dictionary<string, SelectedFields>? joined = null)
    {
        Type = type;
        Names = names;
        _joined = joined ?? [];
        // A joined reference's columns are read by this selection's statement, so they are part of what it reads.
        Key = string.Join(",", names.Select(n => _joined.TryGetValue(n, out var inner) ? $"{n}{{{inner.Key}}}" : n));
    }

    /// <summary>The object type the fields are on.</summary>
    public IComplexGraphType Type { get; }

    public IReadOnlySet<string> Names { get; }

    /// <summary>The names, sorted and joined (with what joined references select): equal keys, equal selections.</summary>
    public string Key { get; }

    /// <summary>
    /// What the fields named <paramref name="name"/> select on the entity they reference, when they accept it read
    /// with their parent (<see cref="ReferenceJoins"/>); merged over aliases. One level only: a joined row's own
    /// references are loaded by key.
    /// </summary>
    public SelectedFields? Joined(string name) => _joined.GetValueOrDefault(name);

    /// <summary>What a connection field selects on its items (<c>nodes</c>, <c>edges.node</c>).</summary>
    public static SelectedFields? OfConnectionItems(IResolveFieldContext context)
    {
        if (context.FieldDefinition.ResolvedType?.GetNamedType() is not IComplexGraphType connection
            || connection.GetField("nodes")?.ResolvedType?.GetNamedType() is not IObjectGraphType item)
            return null;
        return OfConnections.GetValue(context.FieldAst, field =>
        {
            var fields = new List<GraphQLField>();
            foreach (var items in Fields(context.Document, field.SelectionSet, connection))
            {
                if (items.Name.StringValue == "nodes") fields.AddRange(Fields(context.Document, items.SelectionSet, item));
                else if (items.Name.StringValue == "edges")
                    foreach (var node in Fields(context.Document, items.SelectionSet, null))
                        if (node.Name.StringValue == "node") fields.AddRange(Fields(context.Document, node.SelectionSet, item));
            }
            return WithJoins(context.Document, item, fields);
        });
    }

    /// <summary>What a field that resolves to one <paramref name="type"/> object selects on it.</summary>
    /// <remarks>One field may resolve to objects of different types (<c>node(id:)</c>): each has its own selection.</remarks>
    public static SelectedFields Of(IResolveFieldContext context, IObjectGraphType type) =>
        OfObjects.GetValue(context.FieldAst, _ => new()).GetOrAdd(type, _ =>
            WithJoins(context.Document, type, [.. Fields(context.Document, context.FieldAst.SelectionSet, type)]));

    private static SelectedFields WithJoins(GraphQLDocument document, IObjectGraphType type, List<GraphQLField> fields)
    {
        var joined = new Dictionary<string, SelectedFields>(StringComparer.Ordinal);
        foreach (var byName in fields.GroupBy(f => f.Name.StringValue))
        {
            if (type.GetField(byName.Key) is not { } definition || ReferenceJoins.Of(definition) == null
                || definition.ResolvedType?.GetNamedType() is not IObjectGraphType target) continue;
            joined[byName.Key] = new SelectedFields(target,
                NamesOf(byName.SelectMany(reference => Fields(document, reference.SelectionSet, target))));
        }
        return new SelectedFields(type, NamesOf(fields), joined);
    }

    private static SortedSet<string> NamesOf(IEnumerable<GraphQLField> fields) =>
        new(fields.Select(f => f.Name.StringValue), StringComparer.Ordinal);

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
