using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Sorting;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// The pages of a nested connection for a batch of parents, in one statement of one shape whatever the batch (the
/// parents' keys are one list parameter), each page read by a seek on the child table's index that stops after the
/// page. A window numbering the children of every parent (what EF Core makes of a paged collection in a projection)
/// costs the size of the whole child table; a <c>UNION ALL</c> of one seek per parent is a new statement, prepared
/// afresh, for every batch size.
/// </summary>
internal static class NestedPages
{
    public static async Task<IReadOnlyDictionary<int, List<KeyedRow<T>>>> LoadAsync<TParent, T>(DbContext db,
        IReadOnlyList<int> ids, Expression<Func<TParent, IEnumerable<T>>> navigation, ConnectionRequest<T> request,
        CancellationToken cancellation)
        where TParent : class, IEntity where T : class, IEntity
    {
        var pages = new Dictionary<int, List<KeyedRow<T>>>();
        var rows = request.ValueFreeShape is { } shape
            ? CompiledPages<TParent, T>.For(db, navigation, request, shape)(db, [.. ids])
            : db.Set<TParent>().AsQueryable().Provider
                .CreateQuery<Partition<KeyedRow<T>>>(Query(db, AsParameter(ids), navigation, request)).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellation))
        {
            if (!pages.TryGetValue(row.Key, out var page)) pages[row.Key] = page = [];
            page.Add(row.Value);
        }
        return pages;
    }

    /// <param name="ids">The parents' keys: an expression of an <c>int[]</c> (a value, or a compiled query's parameter).</param>
    private static MethodCallExpression Query<TParent, T>(DbContext db, Expression ids,
        Expression<Func<TParent, IEnumerable<T>>> navigation, ConnectionRequest<T> request)
        where TParent : class, IEntity where T : class, IEntity
    {
        var row = Expression.Parameter(typeof(ParentRow<T>), "row");
        var shape = new RowShape(row, Expression.Property(row, nameof(ParentRow<T>.Row)));
        var rows = IsSqlite(db) ? SeekedByKey(db, ids, navigation, request, shape) : Lateral(db, ids, navigation, request);
        // The rows come in no particular order: they are put back in page order, parent by parent.
        var parent = Expression.Property(row, nameof(ParentRow<T>.Parent));
        var ordered = request.OrderedLike(rows, shape, new SortKey("parent", parent, SortDirection.Asc, CanBeMissing: false));
        var result = Expression.MemberInit(Expression.New(typeof(Partition<KeyedRow<T>>)),
            Expression.Bind(typeof(Partition<KeyedRow<T>>).GetProperty(nameof(Partition<KeyedRow<T>>.Key))!, parent),
            Expression.Bind(typeof(Partition<KeyedRow<T>>).GetProperty(nameof(Partition<KeyedRow<T>>.Value))!,
                Expression.MemberInit(Expression.New(typeof(KeyedRow<T>)),
                    Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Row))!, EntityProjection.Apply(db.Model, shape.Entity, request.Items)),
                    Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, request.KeysOf(shape)))));
        return QueryMethods.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(ParentRow<T>), typeof(Partition<KeyedRow<T>>)],
            ordered, Expression.Quote(Expression.Lambda(result, row)));
    }

    /// <summary>
    /// The statements of requests that carry no value but the parents' keys (no filter, cursor or scope: the common
    /// <c>opportunities(first: 20)</c>) as EF Core compiled queries, one per model, field and shape: building the
    /// query and EF Core's evaluating and hashing it were about a seventh of read d's CPU.
    /// </summary>
    private static class CompiledPages<TParent, T> where TParent : class, IEntity where T : class, IEntity
    {
        // Every new page size or order a client writes is a new shape.
        private static readonly BoundedCache<(IModel, LambdaExpression, IComplexGraphType?, string),
            Func<DbContext, int[], IAsyncEnumerable<Partition<KeyedRow<T>>>>> Known = new(1024);

        public static Func<DbContext, int[], IAsyncEnumerable<Partition<KeyedRow<T>>>> For(DbContext db,
            Expression<Func<TParent, IEnumerable<T>>> navigation, ConnectionRequest<T> request, string shape) =>
            Known.GetOrBuild((db.Model, navigation, request.Items?.Type, shape), (db, navigation, request), static (_, state) =>
            {
                var context = Expression.Parameter(typeof(DbContext), "db");
                var ids = Expression.Parameter(typeof(int[]), "ids");
                return EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, int[], IQueryable<Partition<KeyedRow<T>>>>>(
                    Query(state.db, ids, state.navigation, state.request), context, ids));
            });
    }

    // One parameter for the whole list (EF.Parameter), else EF Core writes the keys into the statement's text. (A
    // compiled query's parameter is one already, and EF.Parameter refuses it.)
    private static MethodCallExpression AsParameter(IReadOnlyList<int> ids) =>
        QueryMethods.Call(typeof(EF), nameof(EF.Parameter), [typeof(int[])], QueryParameter.For(ids.ToArray()));

    // EF Core's providers name themselves; the library references neither.
    private static bool IsSqlite(DbContext db) => db.Database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) == true;

    /// <summary>
    /// PostgreSQL: <c>parents.Where(p =&gt; ids.Contains(p.Id)).SelectMany(p =&gt; page(children(p.Id)).Select(c =&gt; c.Id))</c>,
    /// which EF Core writes as a <c>LATERAL</c> join (for each parent, the page's own <c>ORDER BY … LIMIT</c> over the
    /// index), joined back to the child table by primary key: orders and cursors over a child's references
    /// (<c>stage.order</c>) cannot be translated on rows projected out of the lateral subquery itself. (Joining the
    /// page to <c>unnest(@keys)</c> instead trips a bug in Npgsql's translation.)
    /// </summary>
    private static MethodCallExpression Lateral<TParent, T>(DbContext db, Expression ids,
        Expression<Func<TParent, IEnumerable<T>>> navigation, ConnectionRequest<T> request)
        where TParent : class, IEntity where T : class, IEntity
    {
        var parent = Expression.Parameter(typeof(TParent), "batchParent");
        var page = request.PageRows(Children(db, ParameterReplacer.Bind(EntityKey<TParent>.Selector, parent), navigation), Inner<T>(out var inner));
        var reference = Expression.Lambda(ParentRowOf<int>(Expression.Property(inner.Row, nameof(ParentRow<T>.Parent)),
            inner.Bind(EntityKey<T>.Parameter, EntityKey<T>.Body)), inner.Row);
        var references = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(ParentRow<T>), typeof(ParentRow<int>)],
            page, Expression.Quote(reference));
        var parents = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TParent)],
            db.Set<TParent>().AsQueryable().Expression, Expression.Quote(EntityKey<TParent>.In(ids)));
        var pageReferences = QueryMethods.Call(typeof(Queryable), nameof(Queryable.SelectMany), [typeof(TParent), typeof(ParentRow<int>)], parents,
            Expression.Quote(Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(TParent), typeof(IEnumerable<ParentRow<int>>)), references, parent)));
        var pageReference = Expression.Parameter(typeof(ParentRow<int>), "pageReference");
        var child = Expression.Parameter(typeof(T), "child");
        return QueryMethods.Call(typeof(Queryable), nameof(Queryable.Join), [typeof(ParentRow<int>), typeof(T), typeof(int), typeof(ParentRow<T>)],
            pageReferences, db.Set<T>().AsQueryable().Expression,
            Expression.Quote(Expression.Lambda(Expression.Property(pageReference, nameof(ParentRow<int>.Row)), pageReference)),
            Expression.Quote(EntityKey<T>.Selector),
            Expression.Quote(Expression.Lambda(ParentRowOf<T>(Expression.Property(pageReference, nameof(ParentRow<int>.Parent)), child), pageReference, child)));
    }

    /// <summary>
    /// SQLite, which has no <c>LATERAL</c>: <c>from k in keys from c in children where page(k).Contains(c.Id)</c>,
    /// i.e. <c>c.Id IN (SELECT … LIMIT n)</c>, a correlated list that SQLite runs once per key and then reads the
    /// page's rows by their primary key.
    /// </summary>
    private static MethodCallExpression SeekedByKey<TParent, T>(DbContext db, Expression ids,
        Expression<Func<TParent, IEnumerable<T>>> navigation, ConnectionRequest<T> request, RowShape shape)
        where TParent : class, IEntity where T : class, IEntity
    {
        var keys = QueryMethods.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [typeof(int)], ids);
        var key = Expression.Parameter(typeof(int), "key");
        var child = Expression.Parameter(typeof(T), "child");
        var everyChild = Expression.Lambda<Func<int, IEnumerable<T>>>(db.Set<T>().AsQueryable().Expression, key);
        var pairs = QueryMethods.Call(typeof(Queryable), nameof(Queryable.SelectMany), [typeof(int), typeof(T), typeof(ParentRow<T>)], keys,
            Expression.Quote(everyChild), Expression.Quote(Expression.Lambda(ParentRowOf<T>(key, child), key, child)));
        var parent = Expression.Property(shape.Row, nameof(ParentRow<T>.Parent));
        var pageIds = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(ParentRow<T>), typeof(int)],
            request.PageRows(Children(db, parent, navigation), Inner<T>(out var inner)),
            Expression.Quote(Expression.Lambda(inner.Bind(EntityKey<T>.Parameter, EntityKey<T>.Body), inner.Row)));
        var inPage = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(int)], pageIds,
            shape.Bind(EntityKey<T>.Parameter, EntityKey<T>.Body));
        return QueryMethods.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(ParentRow<T>)], pairs,
            Expression.Quote(Expression.Lambda(inPage, shape.Row)));
    }

    // The page's own rows, apart from the outer ones they are matched against.
    private static RowShape Inner<T>(out RowShape shape)
    {
        var row = Expression.Parameter(typeof(ParentRow<T>), "pageRow");
        return shape = new RowShape(row, Expression.Property(row, nameof(ParentRow<T>.Row)));
    }

    /// <summary><c>parents.Where(p =&gt; p.Id == key).SelectMany(p =&gt; navigation(p), (p, c) =&gt; new ParentRow { Parent = p.Id, Row = c })</c>.</summary>
    private static MethodCallExpression Children<TParent, T>(DbContext db, Expression key, Expression<Func<TParent, IEnumerable<T>>> navigation)
        where TParent : class, IEntity where T : class, IEntity
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var child = Expression.Parameter(typeof(T), "child");
        var withParent = Expression.Lambda(ParentRowOf<T>(ParameterReplacer.Bind(EntityKey<TParent>.Selector, parent), child), parent, child);
        var isKey = Expression.Lambda(Expression.Equal(ParameterReplacer.Bind(EntityKey<TParent>.Selector, parent), key), parent);
        var parents = QueryMethods.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TParent)],
            db.Set<TParent>().AsQueryable().Expression, Expression.Quote(isKey));
        return QueryMethods.Call(typeof(Queryable), nameof(Queryable.SelectMany), [typeof(TParent), typeof(T), typeof(ParentRow<T>)], parents,
            Expression.Quote(Expression.Lambda<Func<TParent, IEnumerable<T>>>(ParameterReplacer.Bind(navigation, parent), parent)),
            Expression.Quote(withParent));
    }

    private static MemberInitExpression ParentRowOf<T>(Expression parentKey, Expression child) =>
        Expression.MemberInit(Expression.New(typeof(ParentRow<T>)),
            Expression.Bind(typeof(ParentRow<T>).GetProperty(nameof(ParentRow<T>.Parent))!, parentKey),
            Expression.Bind(typeof(ParentRow<T>).GetProperty(nameof(ParentRow<T>.Row))!, child));
}
