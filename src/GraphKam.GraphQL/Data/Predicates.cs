using System.Linq.Expressions;

namespace GraphKam.GraphQL.Data;

public static class Predicates
{
    /// <summary>Both conditions as one lambda (on the left one's parameter), so a query provider translates it whole.</summary>
    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, ParameterReplacer.Bind(right, left.Parameters[0])), left.Parameters[0]);
}
