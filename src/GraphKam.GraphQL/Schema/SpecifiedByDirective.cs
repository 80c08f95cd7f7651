using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// <c>@specifiedBy(url:)</c>: links a custom scalar to the document that specifies its format. GraphQL.NET 8 does not
/// declare it; HotChocolate does, and IDEs show the link.
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";

    public SpecifiedByDirective() : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Links a custom scalar to the specification of its format.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "Where the scalar's format is specified.",
        });
    }

    // A type-system directive is hidden from introspection unless it says otherwise.
    public override bool? Introspectable => true;

    /// <summary>The URL a scalar is specified by, or null.</summary>
    public static string? UrlOf(IGraphType type) =>
        type is ScalarGraphType scalar
            ? scalar.GetAppliedDirectives()?.Find(DirectiveName)?.FindArgument("url")?.Value as string
            : null;
}
