using System.Linq.Expressions;
using System.Numerics;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Sorting;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// The pages of a nested connection for a batch of parents, each read by its own seek: per parent one
/// <c>… WHERE parent = @id ORDER BY … LIMIT n</c> (which walks the child table's index on its parent key and stops
/// after n rows), the parents joined by <c>UNION ALL</c> into one statement. A window numbering the children of every
/// parent (what EF Core makes of a paged collection in a projection) costs the size of the whole child table.
/// </summary>
internal static class NestedPages
{
    // SQLite allows 500 terms in a compound SELECT; larger batches take more statements.
    private const int MostParentsPerStatement = 128;

    // Batches are padded to a power of two so that EF Core compiles a handful of statement shapes, not one per
    // batch size; keys are generated from 1, so the padding matches no parent.
    private const int NoParent = 0;

    public static async Task<IReadOnlyDictionary<int, List<KeyedRow<T>>>> LoadAsync<TParent, T>(DbContext db,
        IReadOnlyList<int> ids, Expression<Func<TParent, IEnumerable<T>>> navigation, ConnectionRequest<T> request,
        CancellationToken cancellation)
        where TParent : class, IEntity where T : class, IEntity
    {
        var pages = new Dictionary<int, List<KeyedRow<T>>>();
        foreach (var chunk in ids.Chunk(MostParentsPerStatement))
        {
            var padded = chunk.Concat(Enumerable.Repeat(NoParent, (int)BitOperations.RoundUpToPowerOf2((uint)chunk.Length) - chunk.Length));
            var query = db.Set<TParent>().AsQueryable().Provider.CreateQuery<Partition<KeyedRow<T>>>(Query(db, padded.ToList(), navigation, request));
            foreach (var row in await query.ToListAsync(cancellation))
            {
                if (!pages.TryGetValue(row.Key, out var page)) pages[row.Key] = page = [];
                page.Add(row.Value);
            }
        }
        return pages;
    }

    private static MethodCallExpression Query<TParent, T>(DbContext db, List<int> ids,
        Expression<Func<TParent, IEnumerable<T>>> navigation, ConnectionRequest<T> request)
        where TParent : class, IEntity where T : class, IEntity
    {
        var row = Expression.Parameter(typeof(ParentRow<T>), "row");
        var shape = new RowShape(row, Expression.Property(row, nameof(ParentRow<T>.Row)));
        var union = ids.Select(id => request.PageRows(Children(db, id, navigation), shape))
            .Aggregate((all, next) => Expression.Call(typeof(Queryable), nameof(Queryable.Concat), [typeof(ParentRow<T>)], all, next));
        // UNION ALL keeps no order: the rows are put back in page order, parent by parent.
        var parent = Expression.Property(row, nameof(ParentRow<T>.Parent));
        var ordered = request.OrderedLike(union, shape, new SortKey("parent", parent, SortDirection.Asc, CanBeMissing: false));
        var result = Expression.MemberInit(Expression.New(typeof(Partition<KeyedRow<T>>)),
            Expression.Bind(typeof(Partition<KeyedRow<T>>).GetProperty(nameof(Partition<KeyedRow<T>>.Key))!, parent),
            Expression.Bind(typeof(Partition<KeyedRow<T>>).GetProperty(nameof(Partition<KeyedRow<T>>.Value))!,
                Expression.MemberInit(Expression.New(typeof(KeyedRow<T>)),
                    Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Row))!, shape.Entity),
                    Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, request.KeysOf(shape)))));
        return Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(ParentRow<T>), typeof(Partition<KeyedRow<T>>)],
            ordered, Expression.Quote(Expression.Lambda(result, row)));
    }

    /// <summary><c>parents.Where(p =&gt; p.Id == id).SelectMany(p =&gt; navigation(p), (p, c) =&gt; new ParentRow { Parent = p.Id, Row = c })</c>.</summary>
    private static MethodCallExpression Children<TParent, T>(DbContext db, int id, Expression<Func<TParent, IEnumerable<T>>> navigation)
        where TParent : class, IEntity where T : class, IEntity
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var child = Expression.Parameter(typeof(T), "child");
        var withParent = Expression.Lambda(Expression.MemberInit(Expression.New(typeof(ParentRow<T>)),
                Expression.Bind(typeof(ParentRow<T>).GetProperty(nameof(ParentRow<T>.Parent))!, ParameterReplacer.Bind(EntityKey<TParent>.Selector, parent)),
                Expression.Bind(typeof(ParentRow<T>).GetProperty(nameof(ParentRow<T>.Row))!, child)),
            parent, child);
        var parents = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TParent)],
            db.Set<TParent>().AsQueryable().Expression, Expression.Quote(EntityKey<TParent>.Equal(id)));
        return Expression.Call(typeof(Queryable), nameof(Queryable.SelectMany), [typeof(TParent), typeof(T), typeof(ParentRow<T>)], parents,
            Expression.Quote(Expression.Lambda<Func<TParent, IEnumerable<T>>>(ParameterReplacer.Bind(navigation, parent), parent)),
            Expression.Quote(withParent));
    }
}
