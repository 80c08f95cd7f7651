using System.Linq.Expressions;

namespace GraphKam.GraphQL.Data;

/// <summary>Rebinds a lambda's body onto another expression, to compose member paths such as <c>x.Parent</c> + <c>p.Name</c>.</summary>
public static class ParameterReplacer
{
    public static Expression Bind(LambdaExpression lambda, Expression instance) =>
        new Visitor(lambda.Parameters[0], instance).Visit(lambda.Body);

    private sealed class Visitor(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
