using System.Linq.Expressions;
using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// The parsed value of an operation filter input such as <c>{ contains: "x", neq: "y" }</c>: operators and their
/// values in the order given, plus nested <c>and</c>/<c>or</c> for the string input. All operators of one input
/// must hold (they are AND-ed), as in HotChocolate.
/// </summary>
public sealed class OperationFilter(IOperationTranslator translator, IReadOnlyList<KeyValuePair<string, object?>> operations)
{
    internal IReadOnlyList<KeyValuePair<string, object?>> Operations => operations;

    public Expression Translate(Expression member, string? nodeType = null)
    {
        Expression? result = null;
        foreach (var (op, value) in operations)
        {
            var condition = op switch
            {
                "and" => Combine(value, member, nodeType, Expression.AndAlso),
                "or" => Combine(value, member, nodeType, Expression.OrElse),
                _ => translator.Translate(op, value, member, nodeType),
            };
            result = result == null ? condition : Expression.AndAlso(result, condition);
        }
        return result ?? throw new CodedError(ErrorCodes.InvalidFilter, "An operation filter needs at least one operator, e.g. `{ eq: ... }`.");
    }

    private static Expression Combine(object? value, Expression member, string? nodeType, Func<Expression, Expression, BinaryExpression> join)
    {
        var parts = FilterValue.AsList(value).Cast<OperationFilter>().Select(f => f.Translate(member, nodeType)).ToList();
        if (parts.Count == 0) throw new CodedError(ErrorCodes.InvalidFilter, "`and` and `or` need at least one condition.");
        return parts.Aggregate((left, right) => join(left, right));
    }
}

/// <summary>Turns one operator and its value into a condition on a member expression.</summary>
public interface IOperationTranslator
{
    /// <param name="nodeType">For ID members: the GraphQL type whose global IDs the values must be.</param>
    Expression Translate(string op, object? value, Expression member, string? nodeType);
}
