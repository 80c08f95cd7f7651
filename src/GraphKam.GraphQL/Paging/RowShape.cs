using System.Linq.Expressions;
using GraphKam.GraphQL.Data;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// Where a query's rows carry the entity that filters, orders and cursors are written over: the row itself for a
/// root list, a member of it (<c>row.Row</c>) when the rows of many parents' pages also carry their parent's key.
/// </summary>
internal sealed class RowShape(ParameterExpression row, Expression entity)
{
    public Type Type => Row.Type;

    public ParameterExpression Row { get; } = row;

    public Expression Entity { get; } = entity;

    public static RowShape Of(ParameterExpression entity) => new(entity, entity);

    /// <summary><paramref name="body"/>, written over <paramref name="parameter"/>, rewritten over this shape's entity.</summary>
    public Expression Bind(ParameterExpression parameter, Expression body) =>
        ParameterReplacer.Bind(Expression.Lambda(body, parameter), Entity);
}
