using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Loading;

/// <summary>Loads entities by key, one SQL statement per entity type and level, whatever the number of keys.</summary>
public static class EntityLoaders
{
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id) where T : class, IEntity =>
        ById<T>(context).Load(id);

    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int? id) where T : class, IEntity =>
        id is { } key ? ById<T>(context).Load(key) : new DeferredResult<T?>(_ => Task.FromResult<T?>(null));

    private static BatchLoader<int, T> ById<T>(IResolveFieldContext context) where T : class, IEntity
    {
        var source = context.Services().GetRequiredService<IDbContextSource>();
        return context.Loaders().GetOrAdd((typeof(EntityLoaders), typeof(T)), () => new BatchLoader<int, T>(
            async (ids, cancellationToken) =>
            {
                await using var db = source.Create();
                return await db.Set<T>().Where(EntityKey<T>.In(ids)).ToDictionaryAsync(e => e.Id, cancellationToken);
            }));
    }
}
