using GraphQL.Types;

namespace GraphKam.GraphQL.Limits;

/// <summary>
/// How many items each introspection list holds on average in this schema (<c>types</c>, <c>fields</c>, <c>args</c>,
/// …), so that the work of an introspection selection can be estimated before it runs.
/// </summary>
internal sealed class IntrospectionSizes
{
    private readonly Dictionary<string, double> _sizes;

    public IntrospectionSizes(ISchema schema)
    {
        schema.Initialize();
        var types = schema.AllTypes.ToList();
        var outputs = types.Where(t => t is IObjectGraphType or IInterfaceGraphType).Cast<IComplexGraphType>().ToList();
        var fields = outputs.SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        _sizes = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["types"] = types.Count,
            ["directives"] = directives.Count,
            ["fields"] = Average(outputs.Select(t => t.Fields.Count)),
            ["args"] = Average(fields.Select(f => f.Arguments?.Count ?? 0)
                .Concat(directives.Select(d => d.Arguments?.Count ?? 0))),
            ["inputFields"] = Average(types.OfType<IInputObjectGraphType>().Select(t => t.Fields.Count)),
            ["enumValues"] = Average(types.OfType<EnumerationGraphType>().Select(t => t.Values.Count)),
            ["interfaces"] = Average(types.OfType<IImplementInterfaces>().Select(t => t.ResolvedInterfaces.Count)),
            ["possibleTypes"] = Average(types.OfType<IAbstractGraphType>().Select(t => t.PossibleTypes.Count)),
            ["locations"] = Average(directives.Select(d => d.Locations.Count)),
        };
    }

    /// <summary>Items per list field of this name; 1 for a field that is not a list.</summary>
    public double Of(string field) => _sizes.TryGetValue(field, out var size) ? size : 1;

    private static double Average(IEnumerable<int> counts)
    {
        var list = counts.ToList();
        return list.Count == 0 ? 1 : Math.Max(1, Math.Ceiling(list.Average()));
    }
}
