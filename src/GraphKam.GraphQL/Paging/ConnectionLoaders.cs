using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Paging;

/// <summary>Runs a <see cref="ConnectionRequest{T}"/>: for a root list, or for one list per parent in a single query.</summary>
public static class ConnectionLoaders
{
    public static async Task<Connection> LoadAsync<T>(IResolveFieldContext context, Func<DbContext, IQueryable<T>> source,
        ConnectionOptions<T>? options = null)
        where T : class, IEntity
    {
        var request = ConnectionRequest<T>.From(context, options);
        var databases = context.Services().GetRequiredService<IDbContextSource>();

        async Task<TResult> Query<TResult>(Func<IQueryable<T>, DbContext, Task<TResult>> run)
        {
            await using var db = databases.Create();
            return await run(source(db), db);
        }

        var rows = await Query((q, db) => q.Provider.CreateQuery<KeyedRow<T>>(request.Page(q.Expression, db.Model)).ToListAsync(context.CancellationToken));
        return request.ToConnection(rows,
            () => new DeferredResult<int>(cancellation =>
                Query((q, _) => q.Provider.CreateQuery<T>(request.Filtered(q.Expression)).CountAsync(cancellation))),
            () => new DeferredResult<bool>(cancellation =>
                Query((q, _) => request.OtherSide(q.Expression) is { } other
                    ? q.Provider.CreateQuery<T>(other).AnyAsync(cancellation)
                    : Task.FromResult(false))));
    }

    /// <summary>
    /// The connection over a parent's collection. All parents of a level that ask for the same field (the same
    /// selection, hence the same arguments) are loaded together, one SQL statement for pages, one for counts.
    /// </summary>
    public static IDataLoaderResult<Connection> LoadNested<TParent, T>(IResolveFieldContext<TParent> context,
        Expression<Func<TParent, IEnumerable<T>>> navigation, ConnectionOptions<T>? options = null)
        where TParent : class, IEntity where T : class, IEntity
    {
        var batches = context.Loaders().GetOrAdd((typeof(NestedBatch<TParent, T>), context.FieldAst),
            () => new NestedBatch<TParent, T>(ConnectionRequest<T>.From(context, options), navigation,
                context.Services().GetRequiredService<IDbContextSource>()));
        var parent = context.Source.Id;
        var rows = batches.Pages.Load(parent);
        return new DeferredResult<Connection>(async cancellation =>
            batches.Request.ToConnection(await rows.GetResultAsync(cancellation) ?? [],
                () => batches.Counts.Load(parent),
                () => batches.OtherSides.Load(parent)));
    }

    private sealed class NestedBatch<TParent, T>(ConnectionRequest<T> request,
        Expression<Func<TParent, IEnumerable<T>>> navigation, IDbContextSource databases)
        where TParent : class, IEntity where T : class, IEntity
    {
        public ConnectionRequest<T> Request => request;
        public BatchLoader<int, List<KeyedRow<T>>> Pages { get; } = new(async (ids, cancellation) =>
        {
            await using var db = databases.Create();
            return await NestedPages.LoadAsync(db, ids, navigation, request, cancellation);
        });
        public BatchLoader<int, int> Counts { get; } = Batch<int>(databases, navigation, items =>
            QueryMethods.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], request.Filtered(items)));
        public BatchLoader<int, bool> OtherSides { get; } = Batch<bool>(databases, navigation, items =>
            request.OtherSide(items) is { } other
                ? QueryMethods.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(T)], other)
                : Expression.Constant(false));

        /// <summary>
        /// <c>parents.Where(p =&gt; ids.Contains(p.Id)).Select(p =&gt; new Partition { Key = p.Id, Value = per(p.Items.AsQueryable()) })</c>:
        /// EF Core turns the per-parent subquery into one statement (a correlated subquery per parent for counts).
        /// </summary>
        private static BatchLoader<int, TResult> Batch<TResult>(IDbContextSource databases,
            Expression<Func<TParent, IEnumerable<T>>> navigation, Func<Expression, Expression> per) =>
            new(async (ids, cancellation) =>
            {
                var parent = Expression.Parameter(typeof(TParent), "parent");
                var items = QueryMethods.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [typeof(T)], ParameterReplacer.Bind(navigation, parent));
                var partition = Expression.Lambda<Func<TParent, Partition<TResult>>>(
                    Expression.MemberInit(Expression.New(typeof(Partition<TResult>)),
                        Expression.Bind(typeof(Partition<TResult>).GetProperty(nameof(Partition<TResult>.Key))!,
                            ParameterReplacer.Bind(EntityKey<TParent>.Selector, parent)),
                        Expression.Bind(typeof(Partition<TResult>).GetProperty(nameof(Partition<TResult>.Value))!, per(items))),
                    parent);
                await using var db = databases.Create();
                var partitions = await db.Set<TParent>().Where(EntityKey<TParent>.In(ids)).Select(partition).ToListAsync(cancellation);
                return partitions.ToDictionary(p => p.Key, p => p.Value);
            });
    }
}
