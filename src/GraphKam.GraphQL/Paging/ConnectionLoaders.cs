using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
        // A count without filter or scope is the same statement for every request: compiled once (shape "count").
        public BatchLoader<int, int> Counts { get; } = Batch<int>(databases, navigation, items =>
            QueryMethods.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], request.Filtered(items)),
            request.Unfiltered ? "count" : null);
        public BatchLoader<int, bool> OtherSides { get; } = Batch<bool>(databases, navigation, items =>
            request.OtherSide(items) is { } other
                ? QueryMethods.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(T)], other)
                : Expression.Constant(false), shape: null);

        /// <summary>
        /// <c>parents.Where(p =&gt; ids.Contains(p.Id)).Select(p =&gt; new Partition { Key = p.Id, Value = per(p.Items.AsQueryable()) })</c>:
        /// EF Core turns the per-parent subquery into one statement (a correlated subquery per parent for counts).
        /// </summary>
        /// <param name="shape">
        /// Names what <paramref name="per"/> makes when it carries no value (then the statement is compiled once per
        /// model and field); null when it does.
        /// </param>
        private static BatchLoader<int, TResult> Batch<TResult>(IDbContextSource databases,
            Expression<Func<TParent, IEnumerable<T>>> navigation, Func<Expression, Expression> per, string? shape) =>
            new(async (ids, cancellation) =>
            {
                await using var db = databases.Create();
                var partitions = new Dictionary<int, TResult>(ids.Count);
                var rows = shape != null
                    ? CompiledPartitions<TResult>.For(db.Model, navigation, shape, per)(db, [.. ids])
                    : db.Set<TParent>().Where(EntityKey<TParent>.In(ids)).Select(PerParent<TResult>(navigation, per)).AsAsyncEnumerable();
                await foreach (var row in rows.WithCancellation(cancellation)) partitions[row.Key] = row.Value;
                return partitions;
            });

        private static Expression<Func<TParent, Partition<TResult>>> PerParent<TResult>(
            Expression<Func<TParent, IEnumerable<T>>> navigation, Func<Expression, Expression> per)
        {
            var parent = Expression.Parameter(typeof(TParent), "parent");
            var items = QueryMethods.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [typeof(T)], ParameterReplacer.Bind(navigation, parent));
            return Expression.Lambda<Func<TParent, Partition<TResult>>>(
                Expression.MemberInit(Expression.New(typeof(Partition<TResult>)),
                    Expression.Bind(typeof(Partition<TResult>).GetProperty(nameof(Partition<TResult>.Key))!,
                        ParameterReplacer.Bind(EntityKey<TParent>.Selector, parent)),
                    Expression.Bind(typeof(Partition<TResult>).GetProperty(nameof(Partition<TResult>.Value))!, per(items))),
                parent);
        }

        /// <summary><c>db =&gt; db.Set&lt;TParent&gt;().Where(p =&gt; ids.Contains(p.Id)).Select(partition)</c>, compiled.</summary>
        private static class CompiledPartitions<TResult>
        {
            private static readonly BoundedCache<(IModel, LambdaExpression, string),
                Func<DbContext, int[], IAsyncEnumerable<Partition<TResult>>>> Known = new(256);

            public static Func<DbContext, int[], IAsyncEnumerable<Partition<TResult>>> For(IModel model,
                Expression<Func<TParent, IEnumerable<T>>> navigation, string shape, Func<Expression, Expression> per) =>
                Known.GetOrBuild((model, navigation, shape), (navigation, per), static (_, state) =>
                {
                    var db = Expression.Parameter(typeof(DbContext), "db");
                    var ids = Expression.Parameter(typeof(int[]), "ids");
                    var parents = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TParent)],
                        Expression.Call(db, nameof(DbContext.Set), [typeof(TParent)]), Expression.Quote(EntityKey<TParent>.In(ids)));
                    var rows = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TParent), typeof(Partition<TResult>)],
                        parents, Expression.Quote(PerParent<TResult>(state.navigation, state.per)));
                    return EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, int[], IQueryable<Partition<TResult>>>>(rows, db, ids));
                });
        }
    }
}
