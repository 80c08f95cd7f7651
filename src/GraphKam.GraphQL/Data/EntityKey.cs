using System.Linq.Expressions;
using GraphKam.GraphQL.Relay;

namespace GraphKam.GraphQL.Data;

/// <summary>
/// Key expressions built on the entity's own <c>Id</c> property: EF Core translates <c>e.Id</c> directly, whereas
/// a generic <c>e =&gt; e.Id</c> compiles to an access through <see cref="IEntity"/> that it may not.
/// </summary>
public static class EntityKey<T> where T : class, IEntity
{
    public static readonly ParameterExpression Parameter = Expression.Parameter(typeof(T), "e");
    public static readonly MemberExpression Body = Expression.Property(Parameter, typeof(T).GetProperty(nameof(IEntity.Id))!);
    public static readonly Expression<Func<T, int>> Selector = Expression.Lambda<Func<T, int>>(Body, Parameter);

    public static Expression<Func<T, bool>> Equal(int id) => Equal(QueryParameter.For(id));

    /// <summary>Rows whose key is <paramref name="id"/>, an expression of an <c>int</c> (a value or a compiled query's parameter).</summary>
    public static Expression<Func<T, bool>> Equal(Expression id) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(Body, id), Parameter);

    /// <summary>
    /// Rows whose key is one of <paramref name="ids"/>. One key (a lookup, most batches of a single-object read) is an
    /// equality: EF Core caches its SQL, while a list is expanded into the statement on every execution.
    /// </summary>
    public static Expression<Func<T, bool>> In(IReadOnlyList<int> ids) =>
        ids.Count == 1 ? Equal(ids[0]) : In(QueryParameter.For(ids.ToArray()));

    /// <summary>Rows whose key is in <paramref name="ids"/>, an expression of an <c>int[]</c>.</summary>
    public static Expression<Func<T, bool>> In(Expression ids) => Expression.Lambda<Func<T, bool>>(
        QueryMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], ids, Body), Parameter);
}
