using GraphKam.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// A schema whose root types are assembled from the areas' contributions, with every scalar described
/// (Banana Cake Pop shows descriptions as the API's documentation), and with the introspection today's tools
/// send: repeatable directives, deprecated input values, <c>specifiedByURL</c> and <c>isOneOf</c>.
/// </summary>
public abstract class ConventionSchema : global::GraphQL.Types.Schema
{
    /// <summary>What HotChocolate 14/15 name as the specification of their <c>DateTime</c>.</summary>
    public const string DateTimeSpecification = "https://www.graphql-scalars.com/date-time";

    private readonly SharedConnectionTypes _connections = new();

    /// <param name="maxDecimal">The largest magnitude a <c>Decimal</c> input may have.</param>
    protected ConventionSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription,
        string description, decimal maxDecimal)
        : base(services)
    {
        Description = description;
        Query = query;
        Mutation = mutation;
        if (subscription.Fields.Count > 0) Subscription = subscription; // an empty root type would not be valid
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Directives.Register(new SpecifiedByDirective(), new OneOfDirective());
        // Registering a scalar under a built-in name replaces the built-in one.
        RegisterType(new TextGraphType());
        RegisterType(new IntGraphType { Description = "A whole number from -2^31 to 2^31-1." });
        RegisterType(new FloatGraphType { Description = "A double-precision number." });
        RegisterType(new BooleanGraphType { Description = "`true` or `false`." });
        RegisterType(new IdGraphType { Description = "A global, opaque identifier. Do not parse it; pass it back as it is." });
        RegisterType(new BoundedDecimalGraphType(maxDecimal, "An exact decimal number. Money amounts are in yuan, kept to the fen (two decimals)."));
        RegisterType(new DateTimeGraphType
        {
            Description = "An instant as ISO 8601 text, e.g. `2026-11-27T08:00:00Z`; returned in UTC.",
        }
            .ApplyDirective(SpecifiedByDirective.DirectiveName, "url", DateTimeSpecification));
        // C# enums map to their EnumType (whatever its GraphQL name), so types made by reflection (error fields) find them.
        foreach (var (clr, graph) in EnumTypes(GetType().Assembly)) RegisterTypeMapping(clr, graph);
        var conventions = services.GetService<IOptions<ConventionOptions>>()?.Value ?? new ConventionOptions();
        RegisterVisitor(new ConnectionDescriptions(conventions, _connections));
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        ModernIntrospection.Extend(graphType);
        _connections.Merge(graphType);
    }

    private static IEnumerable<(Type Clr, Type Graph)> EnumTypes(System.Reflection.Assembly assembly) =>
        from type in assembly.GetTypes()
        where !type.IsAbstract && type.BaseType is { IsGenericType: true } baseType
            && baseType.GetGenericTypeDefinition() == typeof(EnumType<>)
        select (type.BaseType!.GetGenericArguments()[0], type);
}
