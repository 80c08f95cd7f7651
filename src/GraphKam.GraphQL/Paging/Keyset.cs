using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Sorting;
using static GraphKam.GraphQL.Filtering.Conditions;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// Keyset conditions over an ordered list of keys. A missing value counts as the smallest (first ascending, last
/// descending) on every database, so ordering and cursor comparison agree whatever the provider's own default.
/// "Beyond the cursor" for keys k1..kn and cursor values c1..cn is:
/// (k1 beyond c1) OR (k1 = c1 AND k2 beyond c2) OR … — where the last key is the unique tie-breaker.
/// </summary>
internal static class Keyset
{
    public static Expression Beyond(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> cursor, bool reverse)
    {
        Expression? result = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var ascending = keys[i].Direction == SortDirection.Asc ^ reverse;
            var beyond = Strictly(keys[i].Key, cursor[i], ascending);
            result = result == null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Same(keys[i].Key, cursor[i]), result));
        }
        return result ?? Expression.Constant(true);
    }

    /// <summary>Orders by the keys (reversed for backward paging); a nullable key first orders its missing values.</summary>
    public static Expression Order(Expression source, Type elementType, ParameterExpression entity, IReadOnlyList<SortKey> keys, bool reverse)
    {
        var first = true;
        foreach (var key in keys)
        {
            var descending = key.Direction == SortDirection.Desc ^ reverse;
            if (IsNullable(key.Key.Type))
            {
                var present = Expression.Condition(Expression.Equal(key.Key, Expression.Constant(null, key.Key.Type)), Expression.Constant(0), Expression.Constant(1));
                source = OrderBy(source, elementType, Expression.Lambda(present, entity), descending, first);
                first = false;
            }
            source = OrderBy(source, elementType, Expression.Lambda(key.Key, entity), descending, first);
            first = false;
        }
        return source;
    }

    private static Expression OrderBy(Expression source, Type elementType, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return Expression.Call(typeof(Queryable), method, [elementType, key.ReturnType], source, Expression.Quote(key));
    }

    private static Expression Same(Expression key, object? value) =>
        value == null ? Expression.Equal(key, Expression.Constant(null, key.Type)) : Equal(key, value);

    private static Expression Strictly(Expression key, object? value, bool greater)
    {
        if (value == null)
            return greater && IsNullable(key.Type) ? Expression.NotEqual(key, Expression.Constant(null, key.Type)) : Expression.Constant(false);
        var beyond = Compare(key, value, greater);
        // descending, the missing values come last: they are beyond every present value
        return !greater && IsNullable(key.Type) ? Expression.OrElse(beyond, Expression.Equal(key, Expression.Constant(null, key.Type))) : beyond;
    }

    private static Expression Compare(Expression key, object value, bool greater)
    {
        var type = System.Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        if (type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key, QueryParameter.For(value, typeof(string)));
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }
        if (type == typeof(bool))
            return (bool)value == !greater ? Equal(key, greater) : Expression.Constant(false);
        if (type.IsEnum)
        {
            var underlying = Nullable(Enum.GetUnderlyingType(type));
            var left = Expression.Convert(key, underlying);
            var right = QueryParameter.For(Convert.ChangeType(value, Enum.GetUnderlyingType(type)), underlying);
            return greater ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
        }
        return Conditions.Compare(key, value, greater ? ExpressionType.GreaterThan : ExpressionType.LessThan);
    }
}
