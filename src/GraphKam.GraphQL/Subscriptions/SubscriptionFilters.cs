using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
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
        return events.WhereAsync((message, cancellationToken) => new ValueTask<bool>(
            EventChecks.For(message!).GetOrAdd(predicate, _ => new(async () =>
            {
                await using var db = databases.Create();
                return await db.Set<TEntity>().Where(EntityKey<TEntity>.Equal(key(message))).Where(predicate).AnyAsync();
            })).Value.WaitAsync(cancellationToken)));
    }
}

/// <summary>
/// The filter checks made for one event, shared by every subscriber whose filter is the same expression (compared by
/// structure and values, as EF Core's query cache does): a thousand subscribers without a filter cost one query per
/// event. The checks go when the event does; none is cancelled by one subscriber leaving.
/// </summary>
internal static class EventChecks
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Expression, Lazy<Task<bool>>>> Checks = new();

    public static ConcurrentDictionary<Expression, Lazy<Task<bool>>> For(object message) =>
        Checks.GetValue(message, _ => new ConcurrentDictionary<Expression, Lazy<Task<bool>>>(ExpressionEqualityComparer.Instance));
}
