using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GraphKam.Server.Data.Access;

/// <summary>The SQL pieces of the access rules: a row by its key, a rule held by a row, and partner filters.</summary>
internal static class RowChecks
{
    /// <summary>Whether the row with this key exists and meets the condition (read through the caller's filters).</summary>
    public static Task<bool> HoldsAsync<T>(GraphKamDbContext db, Expression<Func<T, bool>> key,
        Expression<Func<GraphKamDbContext, T, bool>> condition, CancellationToken cancellationToken) where T : class =>
        db.Set<T>().Where(key).Where(AccessRules.Bind(condition, db)).AnyAsync(cancellationToken);

    /// <summary>The row an entry is, by its primary key (the values held in a closure, so SQL takes them as parameters).</summary>
    public static Expression<Func<T, bool>> Key<T>(EntityEntry entry, bool original)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? match = null;
        foreach (var property in entry.Metadata.FindPrimaryKey()!.Properties)
        {
            var member = entry.Property(property.Name);
            var value = original && entry.State != EntityState.Added ? member.OriginalValue : member.CurrentValue;
            var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(property.ClrType), value)!;
            var equal = Expression.Equal(
                QueryMethods.Call(typeof(EF), nameof(EF.Property), [property.ClrType], row, Expression.Constant(property.Name)),
                Expression.Field(Expression.Constant(box), "Value"));
            match = match == null ? equal : Expression.AndAlso(match, equal);
        }
        return Expression.Lambda<Func<T, bool>>(match!, row);
    }

    /// <summary>
    /// A partner's filter, kept in the form <c>PartnerId == null || …</c>: the model with filters is built for partners
    /// only, and this keeps the statement's shape (and plan) independent of which partner asks.
    /// </summary>
    public static Expression<Func<T, bool>> Or<T>(GraphKamDbContext db, Expression<Func<T, bool>> visible) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(NoPartner(db), visible.Body), visible.Parameters);

    /// <summary>Nothing, for a partner: the filter of company-only and undeclared entities.</summary>
    public static Expression<Func<T, bool>> Nothing<T>(GraphKamDbContext db) =>
        Expression.Lambda<Func<T, bool>>(NoPartner(db), Expression.Parameter(typeof(T), "row"));

    private static BinaryExpression NoPartner(GraphKamDbContext db) => Expression.Equal(
        Expression.Property(Expression.Constant(db), nameof(GraphKamDbContext.PartnerId)), Expression.Constant(null, typeof(int?)));

    private sealed class Box<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }
}
