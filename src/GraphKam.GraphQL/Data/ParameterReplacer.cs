using System.Linq.Expressions;

namespace GraphKam.GraphQL.Data;

/// <summary>
/// Rebinds a lambda's body onto other expressions, to compose expressions that a query provider can translate, such as
/// member paths (<c>x.Parent</c> + <c>p.Name</c>) or a projection that takes a computed key.
/// </summary>
public static class ParameterReplacer
{
    /// <summary>The body of <paramref name="lambda"/> with its parameters replaced, in order, by <paramref name="arguments"/>.</summary>
    public static Expression Bind(LambdaExpression lambda, params Expression[] arguments) =>
        lambda.Parameters.Count != arguments.Length
            ? throw new ArgumentException($"The lambda takes {lambda.Parameters.Count} parameters, not {arguments.Length}.", nameof(arguments))
            : new Visitor(lambda.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second)).Visit(lambda.Body);

    private sealed class Visitor(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => replacements.GetValueOrDefault(node, node);
    }
}
