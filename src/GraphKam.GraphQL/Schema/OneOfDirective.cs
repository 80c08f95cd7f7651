using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// <c>@oneOf</c>, the specified directive for input objects of which exactly one field is given. GraphQL.NET 8
/// understands it (<c>IsOneOf</c>, <c>__Type.isOneOf</c>) but does not declare it; HotChocolate does.
/// </summary>
public sealed class OneOfDirective : Directive
{
    public OneOfDirective() : base("oneOf", DirectiveLocation.InputObject)
    {
        Description = "The input object takes exactly one of its fields, and that one not null.";
    }

    public override bool? Introspectable => true;
}
