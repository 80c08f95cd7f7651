using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Security;
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
    /// is when the event arrives, so every condition works as it does in lists, related objects included. A caller
    /// whose data scope hides rows gets only events about rows it can see, also when there is nothing else to check.
    /// </summary>
    public static IObservable<TEvent> WhereEntity<TEvent, TEntity>(this IObservable<TEvent> events, IResolveFieldContext context,
        Func<TEvent, int> key, Expression<Func<TEntity, bool>>? scope = null, bool applyWhere = true) where TEntity : class, IEntity
    {
        var filter = applyWhere ? context.GetArgument<FilterValue?>("where")?.ToPredicate<TEntity>() : null;
        var predicate = scope == null ? filter : filter == null ? scope : Predicates.And(scope, filter);
        // A caller who may not see every row gets only events about rows it can see (the context's query filters decide).
        var dataScope = context.Services().GetService<IDataScope>();
        if (predicate == null && dataScope?.Restricted != true) return events;
        predicate ??= _ => true;
        var databases = context.Services().GetRequiredService<IDbContextSource>();
        var scopeKey = dataScope?.Key ?? "";
        // The check's closure is made only by the subscriber that starts it, not by each of those that share it.
        return events.WhereAsync((message, cancellationToken) => new ValueTask<bool>(
            EventChecks.For(message!, scopeKey).GetOrAdd(predicate,
                static (predicate, check) => Check(check.Databases, check.Id, (Expression<Func<TEntity, bool>>)predicate),
                (Databases: databases, Id: key(message))).WaitAsync(cancellationToken)));
    }

    private static SharedWork<bool> Check<TEntity>(IDbContextSource databases, int id, Expression<Func<TEntity, bool>> predicate)
        where TEntity : class, IEntity =>
        new(async cancellation =>
        {
            await using var db = databases.Create();
            return await db.Set<TEntity>().Where(EntityKey<TEntity>.Equal(id)).Where(predicate).AnyAsync(cancellation);
        }, continueInline: true);
}

/// <summary>
/// The filter checks made for one event, shared by every subscriber of the same data scope whose filter is the same
/// expression (compared by structure and values, as EF Core's query cache does): a thousand subscribers without a
/// filter cost one query per event. The checks go when the event does; a check is cancelled only when every
/// subscriber waiting on it has left.
/// </summary>
internal static class EventChecks
{
    private static readonly
        ConditionalWeakTable<object, ConcurrentDictionary<string, ConcurrentDictionary<Expression, SharedWork<bool>>>>
        Checks = new();

    public static ConcurrentDictionary<Expression, SharedWork<bool>> For(object message, string scopeKey) =>
        Checks.GetValue(message, _ => new()).GetOrAdd(scopeKey, _ => new(ExpressionEqualityComparer.Instance));
}
