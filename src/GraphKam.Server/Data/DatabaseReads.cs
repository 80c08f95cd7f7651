using GraphKam.GraphQL.Loading;
using GraphQL;
using GraphQL.Builders;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data;

/// <summary>
/// How resolvers read the database: each read gets a context of its own, handed to the resolver as a parameter.
/// GraphQL.NET resolves fields in parallel and a DbContext is not thread-safe, so no two fields share one; and the
/// context is made for the request's caller, so the areas' read rules apply to every read.
/// </summary>
public static class DatabaseReads
{
    /// <summary>Resolves a field from the database.</summary>
    public static FieldBuilder<TSource, TReturn> ResolveFromDatabase<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        Func<IResolveFieldContext<TSource>, GraphKamDbContext, Task<TReturn?>> read) =>
        field.ResolveAsync(context => ReadAsync(context, db => read(context, db)));

    /// <summary>Runs one read on a context of its own (e.g. while setting up a subscription's stream).</summary>
    public static async Task<T> ReadAsync<T>(this IResolveFieldContext context, Func<GraphKamDbContext, Task<T>> read)
    {
        var factory = context.Services().GetRequiredService<IDbContextFactory<GraphKamDbContext>>();
        await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
        return await read(db);
    }

    /// <summary>
    /// The request's loader for <paramref name="key"/>: the keys every resolver of a level asks for, fetched in one read.
    /// </summary>
    public static BatchLoader<TKey, TValue> DatabaseLoader<TKey, TValue>(this IResolveFieldContext context, object key,
        Func<GraphKamDbContext, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load)
        where TKey : notnull
    {
        // The factory is looked up once per loader: resolvers run in parallel, and the request's scope locks.
        return context.Loaders().GetOrAdd(key, () =>
        {
            var factory = context.Services().GetRequiredService<IDbContextFactory<GraphKamDbContext>>();
            return new BatchLoader<TKey, TValue>(async (keys, cancellationToken) =>
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                return await load(db, keys, cancellationToken);
            });
        });
    }
}
