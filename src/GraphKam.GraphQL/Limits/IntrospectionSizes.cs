using GraphQL.Types;

namespace GraphKam.GraphQL.Limits;

/// <summary>
/// How many items each introspection list holds in this schema (<c>types</c>, <c>fields</c>, <c>args</c>, …), on
/// average and at most, so that the work of an introspection selection can be estimated before it runs.
/// </summary>
internal sealed class IntrospectionSizes
{
    private readonly Dictionary<string, double> _averages;
    private readonly Dictionary<string, double> _maxima;

    public IntrospectionSizes(ISchema schema)
    {
        schema.Initialize();
        var types = schema.AllTypes.ToList();
        var outputs = types.Where(t => t is IObjectGraphType or IInterfaceGraphType).Cast<IComplexGraphType>().ToList();
        var fields = outputs.SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        var lists = new Dictionary<string, IReadOnlyCollection<int>>(StringComparer.Ordinal)
        {
            ["types"] = [types.Count],
            ["directives"] = [directives.Count],
            ["fields"] = outputs.Select(t => t.Fields.Count).ToList(),
            ["args"] = fields.Select(f => f.Arguments?.Count ?? 0)
                .Concat(directives.Select(d => d.Arguments?.Count ?? 0)).ToList(),
            ["inputFields"] = types.OfType<IInputObjectGraphType>().Select(t => t.Fields.Count).ToList(),
            ["enumValues"] = types.OfType<EnumerationGraphType>().Select(t => t.Values.Count).ToList(),
            ["interfaces"] = types.OfType<IImplementInterfaces>().Select(t => t.ResolvedInterfaces.Count).ToList(),
            ["possibleTypes"] = types.OfType<IAbstractGraphType>().Select(t => t.PossibleTypes.Count).ToList(),
            ["locations"] = directives.Select(d => d.Locations.Count).ToList(),
        };
        _averages = lists.ToDictionary(l => l.Key, l => Average(l.Value), StringComparer.Ordinal);
        _maxima = lists.ToDictionary(l => l.Key, l => (double)Math.Max(1, l.Value.DefaultIfEmpty(1).Max()),
            StringComparer.Ordinal);
    }

    /// <summary>Items per list field of this name on average; 1 for a field that is not a list.</summary>
    public double Of(string field) => _averages.TryGetValue(field, out var size) ? size : 1;

    /// <summary>Items of the longest list of this name, for a type the caller picked; 1 for a field that is not a list.</summary>
    public double MostOf(string field) => _maxima.TryGetValue(field, out var size) ? size : 1;

    private static double Average(IReadOnlyCollection<int> counts) =>
        counts.Count == 0 ? 1 : Math.Max(1, Math.Ceiling(counts.Average()));
}
