using GraphKam.GraphQL.Paging;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace GraphKam.GraphQL.Setup;

/// <summary>
/// Cost estimate for the complexity analyzer that knows our connections: a connection field multiplies what is
/// below it by its page size (<c>first</c>/<c>last</c>, else the default page size), and its <c>nodes</c> and
/// <c>edges</c> lists add nothing more. Other lists multiply by the analyzer's default; introspection costs nothing
/// (it is bounded by the document limits); a field with a declared <see cref="FieldCost"/> costs that.
/// </summary>
internal static class ConnectionComplexity
{
    /// <param name="defaultPageSize">What a connection field without <c>first</c> or <c>last</c> returns.</param>
    public static Func<FieldImpactContext, FieldComplexityResult> Impact(int defaultPageSize) =>
        context => Impact(context, defaultPageSize);

    private static FieldComplexityResult Impact(FieldImpactContext context, int defaultPageSize)
    {
        // Introspection reads the schema in memory, bounded by its size: IDEs must always be able to load it.
        if (context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)) return new(0, 1);
        var impact = FieldCost.Of(context.FieldDefinition) ?? (Unwrap(context.FieldDefinition.ResolvedType) is ScalarGraphType
            ? context.Configuration.DefaultScalarImpact
            : context.Configuration.DefaultObjectImpact);
        if (IsConnection(context.FieldDefinition))
            return new(impact,
                PageSize(context.Arguments, "first") ?? PageSize(context.Arguments, "last") ?? defaultPageSize);
        if (!IsList(context.FieldDefinition.ResolvedType)) return new(impact, 1);
        return context.Parent is { } parent && IsConnection(parent.FieldDefinition)
            ? new(impact, 1)
            : new(impact, context.Configuration.DefaultListImpactMultiplier);
    }

    private static bool IsConnection(FieldType field) =>
        Unwrap(field.ResolvedType) is ObjectGraphType<Connection>;

    private static double? PageSize(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments?.TryGetValue(name, out var value) == true && value.Value is int size ? size : null;

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    private static IGraphType? Unwrap(IGraphType? type)
    {
        while (type is NonNullGraphType or ListGraphType)
            type = type is NonNullGraphType n ? n.ResolvedType : ((ListGraphType)type).ResolvedType;
        return type;
    }
}
