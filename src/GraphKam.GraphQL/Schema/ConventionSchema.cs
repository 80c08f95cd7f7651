using GraphQL.Types;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// A schema whose root types are assembled from the areas' contributions, with every scalar described
/// (Banana Cake Pop shows descriptions as the API's documentation).
/// </summary>
public abstract class ConventionSchema : global::GraphQL.Types.Schema
{
    /// <param name="maxDecimal">The largest magnitude a <c>Decimal</c> input may have.</param>
    protected ConventionSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription,
        string description, decimal maxDecimal)
        : base(services)
    {
        Description = description;
        Query = query;
        Mutation = mutation;
        if (subscription.Fields.Count > 0) Subscription = subscription; // an empty root type would not be valid
        // Registering a scalar under a built-in name replaces the built-in one.
        RegisterType(new TextGraphType());
        RegisterType(new IntGraphType { Description = "A whole number from -2^31 to 2^31-1." });
        RegisterType(new FloatGraphType { Description = "A double-precision number." });
        RegisterType(new BooleanGraphType { Description = "`true` or `false`." });
        RegisterType(new IdGraphType { Description = "A global, opaque identifier. Do not parse it; pass it back as it is." });
        RegisterType(new BoundedDecimalGraphType(maxDecimal, "An exact decimal number. Money amounts are in yuan, kept to the fen (two decimals)."));
        RegisterType(new DateTimeGraphType { Description = "An instant as ISO 8601 text, e.g. `2026-11-27T08:00:00Z`; returned in UTC." });
        // C# enums map to their EnumType (whatever its GraphQL name), so types made by reflection (error fields) find them.
        foreach (var (clr, graph) in EnumTypes(GetType().Assembly)) RegisterTypeMapping(clr, graph);
    }

    private static IEnumerable<(Type Clr, Type Graph)> EnumTypes(System.Reflection.Assembly assembly) =>
        from type in assembly.GetTypes()
        where !type.IsAbstract && type.BaseType is { IsGenericType: true } baseType
            && baseType.GetGenericTypeDefinition() == typeof(EnumType<>)
        select (type.BaseType!.GetGenericArguments()[0], type);
}
