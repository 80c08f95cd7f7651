using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphKam.GraphQL.Loading;

/// <summary>
/// The statements of the loaders by key as EF Core compiled queries, one per model (partners' contexts carry filters)
/// and selection: a lookup by key is the commonest statement of a request, and a compiled one skips what EF Core
/// otherwise does on every execution (evaluate, hash and look up the LINQ tree; about a tenth of a small read's CPU).
/// </summary>
internal static class KeyedReads<T> where T : class, IEntity
{
    private static readonly BoundedCache<(IModel, IComplexGraphType?, string?), Compiled> Known = new(4096);

    public static async Task<Dictionary<int, T>> ReadAsync(DbContext db, IReadOnlyList<int> ids, SelectedFields? narrowTo,
        CancellationToken cancellationToken)
    {
        var compiled = For(db.Model, narrowTo);
        var rows = ids.Count == 1 ? compiled.One(db, ids[0]) : compiled.Many(db, [.. ids]);
        var found = new Dictionary<int, T>(ids.Count);
        await foreach (var row in rows.WithCancellation(cancellationToken)) found[row.Id] = row;
        return found;
    }

    private static Compiled For(IModel model, SelectedFields? narrowTo) =>
        Known.GetOrBuild((model, narrowTo?.Type, narrowTo?.Key), narrowTo, static (key, narrowTo) =>
            new Compiled(narrowTo != null ? EntityProjection.Of(key.Item1, typeof(T), narrowTo) as Expression<Func<T, T>> : null));

    private sealed class Compiled(Expression<Func<T, T>>? narrow)
    {
        public readonly Func<DbContext, int, IAsyncEnumerable<T>> One = EF.CompileAsyncQuery(Read<int>(narrow, EntityKey<T>.Equal));

        public readonly Func<DbContext, int[], IAsyncEnumerable<T>> Many = EF.CompileAsyncQuery(Read<int[]>(narrow, EntityKey<T>.In));

        // db => db.Set<T>().Where(<rows with the keys parameter>).Select(narrow)
        private static Expression<Func<DbContext, TKeys, IQueryable<T>>> Read<TKeys>(Expression<Func<T, T>>? narrow,
            Func<Expression, Expression<Func<T, bool>>> withKeys)
        {
            var db = Expression.Parameter(typeof(DbContext), "db");
            var keys = Expression.Parameter(typeof(TKeys), "keys");
            Expression rows = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)],
                Expression.Call(db, nameof(DbContext.Set), [typeof(T)]), Expression.Quote(withKeys(keys)));
            if (narrow != null)
                rows = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(T)], rows, Expression.Quote(narrow));
            return Expression.Lambda<Func<DbContext, TKeys, IQueryable<T>>>(rows, db, keys);
        }
    }
}
