using System.Linq.Expressions;
using System.Reflection;
using GraphKam.GraphQL.Data;

namespace GraphKam.GraphQL.Filtering;

/// <summary>
/// Building blocks for conditions on a member, shared by every operation input. Values always enter as SQL
/// parameters (<see cref="QueryParameter"/>); nullable members compare through their lifted type.
/// </summary>
public static class Conditions
{
    public static Expression Equal(Expression member, object? value) =>
        Expression.Equal(Lift(member), QueryParameter.For(value, Nullable(member.Type)));

    public static Expression NotEqual(Expression member, object? value) =>
        Expression.NotEqual(Lift(member), QueryParameter.For(value, Nullable(member.Type)));

    /// <summary><c>member IN (values)</c>; a null among the values also matches null members.</summary>
    public static Expression In(Expression member, IEnumerable<object?> values)
    {
        var all = values.ToList();
        var type = member.Type;
        var list = typeof(List<>).MakeGenericType(type);
        var typed = (System.Collections.IList)Activator.CreateInstance(list)!;
        foreach (var value in all.Where(v => v != null)) typed.Add(value);
        Expression condition = QueryMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [type], QueryParameter.For(typed, list), member);
        if (all.Contains(null) && IsNullable(type))
            condition = Expression.OrElse(condition, Expression.Equal(Lift(member), Expression.Constant(null, Nullable(type))));
        return condition;
    }

    public static Expression Compare(Expression member, object? value, ExpressionType comparison)
    {
        var type = Nullable(member.Type);
        return Expression.MakeBinary(comparison, Lift(member), QueryParameter.For(value, type));
    }

    public static Expression Not(Expression condition) => Expression.Not(condition);

    public static bool IsNullable(Type type) => !type.IsValueType || System.Nullable.GetUnderlyingType(type) != null;

    /// <summary>The type that can also hold null: <c>int</c> becomes <c>int?</c>, reference types stay.</summary>
    public static Type Nullable(Type type) => IsNullable(type) ? type : typeof(Nullable<>).MakeGenericType(type);

    public static Expression Lift(Expression member) => member.Type == Nullable(member.Type) ? member : Expression.Convert(member, Nullable(member.Type));

    public static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    public static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    public static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    public static readonly MethodInfo EndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
}
