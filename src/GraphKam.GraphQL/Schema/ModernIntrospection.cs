using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// What today's introspection query (graphql-js <c>getIntrospectionQuery</c> with every option) asks for and
/// GraphQL.NET 8.8.5 lacks even with its schema features on: <c>__Type.specifiedByURL</c> and
/// <c>__Directive.args(includeDeprecated:)</c>. Added to the schema's own introspection types before they are set up.
/// </summary>
internal static class ModernIntrospection
{
    public static void Extend(IGraphType type)
    {
        if (type is __Type typeType && !typeType.HasField("specifiedByURL"))
            typeType.Field<StringGraphType>("specifiedByURL")
                .Description("The URL of the specification of a custom scalar's format; null for other types.")
                .Resolve(context => SpecifiedByDirective.UrlOf(context.Source));

        if (type is __Directive directiveType
            && directiveType.GetField("args") is { } args && args.Arguments is not { Count: > 0 })
        {
            args.Arguments = new QueryArguments(new QueryArgument<BooleanGraphType>
            {
                Name = "includeDeprecated",
                DefaultValue = false,
            });
            args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
            {
                var includeDeprecated = context.GetArgument("includeDeprecated", false);
                return context.Source.Arguments?.Where(argument =>
                    includeDeprecated || string.IsNullOrWhiteSpace(argument.DeprecationReason)) ?? [];
            });
        }
    }
}
