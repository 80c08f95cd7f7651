using GraphQLParser.AST;

namespace GraphKam.GraphQL.Limits;

/// <summary>
/// What a parsed document asks for, measured before it is validated: the fields it executes (fragments expanded),
/// its aliases, the most repeats of one response name in a selection set, the most directives on one node, and
/// the estimated introspection work. Every walk is linear in the document's text (fragments are measured once).
/// </summary>
internal sealed class DocumentShape
{
    // Inside introspection, lists of the whole schema's items (`types`, their `fields`, …) hold the average number
    // of items; a type the caller picked (`__type`, a field's `type`, `possibleTypes`, …) may hold the most.
    private enum Measure { Fields, Introspection, InsideWholeSchema, InsidePickedType }

    private static readonly HashSet<string> PickingFields = new(StringComparer.Ordinal)
    {
        "type", "ofType", "interfaces", "possibleTypes", "queryType", "mutationType", "subscriptionType",
    };

    // Beyond any limit, and far from overflow: a fragment doubling itself fifty times saturates here.
    private const double Saturated = 1e15;

    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, Measure), double> _measured = [];
    private readonly HashSet<(string, Measure)> _measuring = [];
    private readonly IntrospectionSizes _sizes;
    private readonly GraphQLDocument _document;

    public DocumentShape(GraphQLDocument document, IntrospectionSizes sizes)
    {
        _document = document;
        _sizes = sizes;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
    }

    private IEnumerable<GraphQLOperationDefinition> Operations =>
        _document.Definitions.OfType<GraphQLOperationDefinition>();

    /// <summary>Fields the operations execute, each fragment counted wherever it is spread.</summary>
    public double Fields() => Math.Min(Saturated, Operations.Sum(o => Sum(o.SelectionSet, Measure.Fields)));

    /// <summary>Introspection values the operations would resolve, estimated from the schema's sizes.</summary>
    public double IntrospectionWork() =>
        Math.Min(Saturated, Operations.Sum(o => Sum(o.SelectionSet, Measure.Introspection)));

    /// <summary>Fields written with an alias.</summary>
    public int Aliases() => Nodes().OfType<GraphQLField>().Count(f => f.Alias != null);

    /// <summary>The most directives on one node (field, fragment, operation or variable).</summary>
    public int MostDirectives() =>
        Nodes().OfType<IHasDirectivesNode>().Select(n => n.Directives?.Count ?? 0).DefaultIfEmpty(0).Max();

    /// <summary>The most times one response name (or one fragment spread) appears in a selection set.</summary>
    public (string Name, int Count) MostRepeated()
    {
        var worst = ("", 0);
        foreach (var set in Nodes().OfType<IHasSelectionSetNode>().Select(n => n.SelectionSet).Where(s => s != null))
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            CountNames(set!, counts);
            foreach (var (name, count) in counts)
                if (count > worst.Item2) worst = (name, count);
        }
        return worst;
    }

    // Inline fragments merge into the selection set they are in; a named spread counts as itself.
    private static void CountNames(GraphQLSelectionSet set, Dictionary<string, int> counts)
    {
        foreach (var selection in set.Selections)
        {
            var name = selection switch
            {
                GraphQLField field => (field.Alias?.Name ?? field.Name).StringValue,
                GraphQLFragmentSpread spread => "..." + spread.FragmentName.Name.StringValue,
                _ => null,
            };
            if (selection is GraphQLInlineFragment inline) CountNames(inline.SelectionSet, counts);
            if (name != null) counts[name] = counts.GetValueOrDefault(name) + 1;
        }
    }

    /// <summary>Every node of the document's definitions, as written (fragments once).</summary>
    private IEnumerable<ASTNode> Nodes()
    {
        var pending = new Stack<ASTNode>(_document.Definitions);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            if (node is GraphQLOperationDefinition { Variables: { } variables })
                foreach (var variable in variables) pending.Push(variable);
            if (node is IHasSelectionSetNode { SelectionSet: { } set })
                foreach (var selection in set.Selections) pending.Push(selection);
        }
    }

    private double Sum(GraphQLSelectionSet? set, Measure measure)
    {
        if (set == null) return 0;
        double total = 0;
        foreach (var selection in set.Selections)
        {
            total += selection switch
            {
                GraphQLField field => OfField(field, measure),
                GraphQLInlineFragment inline => Sum(inline.SelectionSet, measure),
                GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue, measure),
                _ => 0,
            };
            total = Math.Min(total, Saturated);
        }
        return total;
    }

    private double OfField(GraphQLField field, Measure measure)
    {
        var name = field.Name.StringValue;
        return measure switch
        {
            Measure.Fields => 1 + Sum(field.SelectionSet, measure),
            Measure.Introspection when name == "__schema" => 1 + Sum(field.SelectionSet, Measure.InsideWholeSchema),
            Measure.Introspection when name == "__type" => 1 + Sum(field.SelectionSet, Measure.InsidePickedType),
            Measure.Introspection => Sum(field.SelectionSet, measure),
            // Inside introspection each item of a list resolves the whole sub-selection again.
            _ => 1 + (measure == Measure.InsideWholeSchema ? _sizes.Of(name) : _sizes.MostOf(name))
                * Sum(field.SelectionSet, PickingFields.Contains(name) ? Measure.InsidePickedType : measure),
        };
    }

    private double OfFragment(string name, Measure measure)
    {
        var key = (name, measure);
        if (_measured.TryGetValue(key, out var known)) return known;
        // An unknown or cyclic fragment adds nothing here; validation reports it.
        if (!_fragments.TryGetValue(name, out var fragment) || !_measuring.Add(key)) return 0;
        var value = Sum(fragment.SelectionSet, measure);
        _measuring.Remove(key);
        _measured[key] = value;
        return value;
    }
}
