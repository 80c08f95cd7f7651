using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Subscriptions;

public static class SubscriptionFilters
{
    /// <summary>
    /// The events about an entity that the subscription's <c>where</c> (the entity's generic filter input) selects,
    /// together with <paramref name="scope"/> (the rows the caller may see). The filter runs in SQL on the entity as it
    /// is when the event arrives, so every condition works as it does in lists, related objects included.
    /// </summary>
    public static IObservable<TEvent> WhereEntity<TEvent, TEntity>(this IObservable<TEvent> events, IResolveFieldContext context,
        Func<TEvent, int> key, Expression<Func<TEntity, bool>>? scope = null) where TEntity : class, IEntity
    {
        var filter = context.GetArgument<FilterValue?>("where")?.ToPredicate<TEntity>();
        var predicate = (scope, filter) switch
        {
            (null, null) => null,
            (null, _) => filter,
            (_, null) => scope,
            _ => Expression.Lambda<Func<TEntity, bool>>(Expression.AndAlso(scope!.Body, ParameterReplacer.Bind(filter!, scope.Parameters[0])), scope.Parameters[0]),
        };
        if (predicate == null) return events;
        var databases = context.Services().GetRequiredService<IDbContextSource>();
        return events.WhereAsync(async (message, cancellationToken) =>
        {
            await using var db = databases.Create();
            return await db.Set<TEntity>().Where(EntityKey<TEntity>.Equal(key(message))).Where(predicate).AnyAsync(cancellationToken);
        });
    }
}
