using System.Linq.Expressions;
using GraphKam.GraphQL.Errors;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// The parsed value of an entity filter input such as <c>{ name: {...}, or: [...] }</c>. Fields are AND-ed;
/// <c>and</c> and <c>or</c> hold lists of nested filters of the same input.
/// </summary>
public sealed class FilterValue
{
    /// <summary>Nesting of and/or/objects beyond this is refused: it only ever comes from a hostile client.</summary>
    public const int MaxDepth = 16;

    private readonly IReadOnlyDictionary<string, IFilterField> _fields;
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _values;

    internal FilterValue(IReadOnlyDictionary<string, IFilterField> fields, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        _fields = fields;
        _values = values;
    }

    internal IReadOnlyList<KeyValuePair<string, object?>> Values => _values;

    /// <summary>The predicate for <typeparamref name="T"/>; <c>null</c> when the filter sets no condition.</summary>
    public Expression<Func<T, bool>>? ToPredicate<T>()
    {
        FilterSize.Check(this);
        var entity = Expression.Parameter(typeof(T), "x");
        var body = TranslateOrNull(entity, depth: 0);
        return body == null ? null : Expression.Lambda<Func<T, bool>>(body, entity);
    }

    internal Expression Translate(Expression entity, int depth) =>
        TranslateOrNull(entity, depth) ?? Expression.Constant(true);

    private Expression? TranslateOrNull(Expression entity, int depth)
    {
        if (depth > MaxDepth)
            throw new CodedError(ErrorCodes.InvalidFilter, $"Filters may nest at most {MaxDepth} levels deep.");
        Expression? result = null;
        foreach (var (name, value) in _values)
        {
            Expression? condition = name switch
            {
                "and" => Combine(value, entity, depth, Expression.AndAlso, "and"),
                "or" => Combine(value, entity, depth, Expression.OrElse, "or"),
                _ when value == null => null, // an explicit null field sets no condition, as an omitted one
                _ => _fields[name].Translate(entity, value, depth),
            };
            if (condition != null) result = result == null ? condition : Expression.AndAlso(result, condition);
        }
        return result;
    }

    private static Expression? Combine(object? value, Expression entity, int depth,
        Func<Expression, Expression, BinaryExpression> join, string name)
    {
        if (value == null) return null;
        var parts = AsList(value).Cast<FilterValue>()
            .Select(f => f.TranslateOrNull(entity, depth + 1) ?? Expression.Constant(true))
            .ToList();
        if (parts.Count == 0) throw new CodedError(ErrorCodes.InvalidFilter, $"`{name}` needs at least one filter.");
        return parts.Aggregate((left, right) => join(left, right));
    }

    internal static IEnumerable<object?> AsList(object? value) =>
        value is System.Collections.IEnumerable list and not string ? list.Cast<object?>() : [value];
}

/// <summary>The parsed value of a <c>ListFilterInputTypeOf…</c> input.</summary>
public sealed class ListFilterValue(IReadOnlyList<KeyValuePair<string, object?>> operations)
{
    public IReadOnlyList<KeyValuePair<string, object?>> Operations { get; } = operations;
}
