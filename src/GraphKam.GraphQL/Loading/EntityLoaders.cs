using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Loading;

/// <summary>Loads entities by key, one SQL statement per entity type and level, whatever the number of keys.</summary>
public static class EntityLoaders
{
    /// <summary>
    /// The entity with key <paramref name="id"/>. When the field resolves to the entity's own GraphQL type, only the
    /// columns its selection needs are read (<see cref="EntityProjection"/>): a resolver that loads an entity to
    /// compute something else from it gets whole rows.
    /// </summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id) where T : class, IEntity =>
        ById<T>(context, context.FieldDefinition.ResolvedType?.GetNamedType() as ObjectGraphType<T>).Load(id);

    /// <inheritdoc cref="LoadById{T}(IResolveFieldContext,int)"/>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int? id) where T : class, IEntity =>
        id is { } key ? context.LoadById<T>(key) : new DeferredResult<T?>(_ => Task.FromResult<T?>(null));

    /// <summary>The entity with key <paramref name="id"/> as <paramref name="type"/> (a node) shows it.</summary>
    internal static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id, IObjectGraphType type)
        where T : class, IEntity => ById<T>(context, type).Load(id);

    private static BatchLoader<int, T> ById<T>(IResolveFieldContext context, IObjectGraphType? type) where T : class, IEntity
    {
        var selection = type != null ? SelectedFields.Of(context, type) : null;
        // Fields that select differently share no loader: an entity read for one selection lacks another's columns.
        // The GraphQL type is part of the key: what a field name reads is declared per type.
        // The services are looked up once per loader: resolvers run in parallel, and the request's scope locks.
        return context.Loaders().GetOrAdd((typeof(EntityLoaders), typeof(T), selection?.Type, selection?.Key), () =>
        {
            var services = context.Services();
            var source = services.GetRequiredService<IDbContextSource>();
            var narrowTo = services.GetService<IOptions<ConventionOptions>>()?.Value.Projection != false ? selection : null;
            return new BatchLoader<int, T>(async (ids, cancellationToken) =>
            {
                await using var db = source.Create();
                return await KeyedReads<T>.ReadAsync(db, ids, narrowTo, cancellationToken);
            });
        });
    }
}

/// <summary>Loads the rows that point at a parent (a one-to-many relation), one SQL statement per level.</summary>
public static class ChildLoaders
{
    /// <param name="where">Only these children (e.g. not removed).</param>
    /// <param name="include">A navigation to load with each child (e.g. the contact of a link row), in the same statement.</param>
    public static IDataLoaderResult<List<TChild>?> LoadChildren<TChild>(this IResolveFieldContext context,
        Expression<Func<TChild, int>> parentKey, int parentId,
        Expression<Func<TChild, bool>>? where = null, Expression<Func<TChild, object?>>? include = null) where TChild : class
    {
        var key = (typeof(ChildLoaders), typeof(TChild), parentKey.ToString(), where?.ToString(), include?.ToString());
        var loader = context.Loaders().GetOrAdd(key, () =>
        {
            // Looked up once per loader: resolvers run in parallel, and the request's scope locks.
            var source = context.Services().GetRequiredService<IDbContextSource>();
            // Compiled once per loader, not per batch: compiling is a dynamic method each time.
            var readKey = parentKey.Compile();
            return new BatchLoader<int, List<TChild>>(async (ids, cancellationToken) =>
            {
                var keyIn = Expression.Lambda<Func<TChild, bool>>(
                    QueryMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], QueryParameter.For(ids.ToArray()), parentKey.Body),
                    parentKey.Parameters[0]);
                await using var db = source.Create();
                var query = db.Set<TChild>().Where(keyIn);
                if (where != null) query = query.Where(where);
                if (include != null) query = query.Include(include);
                var children = await query.ToListAsync(cancellationToken);
                return children.GroupBy(readKey).ToDictionary(g => g.Key, g => g.ToList());
            });
        });
        return loader.Load(parentId);
    }
}
