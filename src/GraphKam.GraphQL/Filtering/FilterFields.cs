using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Filtering;

/// <summary>How one field of an entity filter input becomes a condition on the entity.</summary>
internal interface IFilterField
{
    Expression Translate(Expression entity, object? value, int depth);
}

/// <summary>A scalar member filtered by an operation input (<c>name: { contains: "x" }</c>).</summary>
internal sealed class ScalarFilterField(LambdaExpression member, string? nodeType = null) : IFilterField
{
    public Expression Translate(Expression entity, object? value, int depth) =>
        As<OperationFilter>(value).Translate(ParameterReplacer.Bind(member, entity), nodeType);

    internal static TValue As<TValue>(object? value) => value is TValue typed
        ? typed
        : throw new CodedError(ErrorCodes.InvalidFilter, "A filter field was given `null`; leave the field out instead.");
}

/// <summary>A related object filtered by its own filter input: matches when the object exists and its filter holds.</summary>
internal sealed class ObjectFilterField(LambdaExpression navigation) : IFilterField
{
    public Expression Translate(Expression entity, object? value, int depth)
    {
        var related = ParameterReplacer.Bind(navigation, entity);
        var condition = ScalarFilterField.As<FilterValue>(value).Translate(related, depth + 1);
        return Expression.AndAlso(Expression.NotEqual(related, Expression.Constant(null, related.Type)), condition);
    }
}

/// <summary>
/// A collection filtered with <c>some</c>, <c>all</c>, <c>none</c> or <c>any</c>: of related objects (each item
/// tested by their filter input) or of scalar values (each tested by an operation input).
/// </summary>
internal sealed class ListFilterField(LambdaExpression collection, Type itemType) : IFilterField
{
    public Expression Translate(Expression entity, object? value, int depth)
    {
        var items = ParameterReplacer.Bind(collection, entity);
        var list = ScalarFilterField.As<ListFilterValue>(value);
        Expression? result = null;
        foreach (var (op, operand) in list.Operations)
        {
            var condition = op switch
            {
                "some" => (Expression)Call(nameof(Enumerable.Any), items, Predicate(operand, depth)),
                "all" => Call(nameof(Enumerable.All), items, Predicate(operand, depth)),
                "none" => Expression.Not(Call(nameof(Enumerable.Any), items, Predicate(operand, depth))),
                "any" => operand is bool any
                    ? any ? Call(nameof(Enumerable.Any), items) : Expression.Not(Call(nameof(Enumerable.Any), items))
                    : throw new CodedError(ErrorCodes.InvalidFilter, "`any` needs true or false."),
                _ => throw new CodedError(ErrorCodes.InvalidFilter, $"Unknown list operator `{op}`."),
            };
            result = result == null ? condition : Expression.AndAlso(result, condition);
        }
        return result ?? throw new CodedError(ErrorCodes.InvalidFilter, "A list filter needs one of `some`, `all`, `none` or `any`.");
    }

    private LambdaExpression Predicate(object? operand, int depth)
    {
        var item = Expression.Parameter(itemType, "item");
        var condition = operand is OperationFilter scalar
            ? scalar.Translate(item)
            : ScalarFilterField.As<FilterValue>(operand).Translate(item, depth + 1);
        return Expression.Lambda(condition, item);
    }

    private MethodCallExpression Call(string method, params Expression[] arguments) =>
        QueryMethods.Call(typeof(Enumerable), method, [itemType], arguments);
}
