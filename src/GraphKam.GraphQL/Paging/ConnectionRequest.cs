using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// What a connection field was asked for (filter, order, page), turned into query expressions over any
/// <c>IQueryable&lt;T&gt;</c> expression: the same code pages a root list and the nested lists of many parents.
/// </summary>
public sealed class ConnectionRequest<T> where T : class, IEntity
{
    private readonly ParameterExpression _entity = Expression.Parameter(typeof(T), "x");
    private readonly LambdaExpression? _filter;
    private readonly LambdaExpression? _scope;
    private readonly IReadOnlyList<SortKey> _keys;
    private readonly string _fingerprint; // of the keys and their directions, carried by every cursor
    private readonly string _order; // the keys and their directions, as paths
    private readonly object?[]? _after;
    private readonly object?[]? _before;

    public PagingArguments Paging { get; }

    /// <summary>What the document selects on the items, when their rows are to be narrowed to it.</summary>
    public SelectedFields? Items { get; init; }

    /// <param name="defaultOrder">The order when the client gives none.</param>
    /// <param name="scope">The rows this field is limited to, before the client's filter.</param>
    public ConnectionRequest(FilterValue? where, IEnumerable<SortValue>? order, PagingArguments paging,
        IReadOnlyList<SortValue>? defaultOrder = null, Expression<Func<T, bool>>? scope = null)
    {
        Paging = paging.Validate();
        _filter = where?.ToPredicate<T>();
        _scope = scope;
        // The entity key ends every ordering: a unique tie-breaker, so that no row is skipped or repeated.
        var given = order?.ToList() is { Count: > 0 } list ? list : defaultOrder ?? [];
        var keys = given.SelectMany(o => o.Keys(_entity)).ToList();
        keys.Add(new SortKey("id", ParameterReplacer.Bind(EntityKey<T>.Selector, _entity), SortDirection.Asc, CanBeMissing: false));
        _keys = keys;
        _order = string.Join(",", keys.Select(k => $"{k.Path}:{k.Direction}"));
        _fingerprint = Cursor.Fingerprint(_order);
        var types = keys.Select(k => k.Key.Type).ToList();
        _after = paging.After is { } after ? Cursor.Decode(after, _fingerprint, types) : null;
        _before = paging.Before is { } before ? Cursor.Decode(before, _fingerprint, types) : null;
    }

    public static ConnectionRequest<T> From(IResolveFieldContext context, ConnectionOptions<T>? options = null)
    {
        var conventions = context.RequestServices?.GetService<IOptions<ConventionOptions>>()?.Value ?? new();
        var written = WrittenFields.OfListArgument(context, "order");
        var order = context.GetArgument<List<SortValue>?>("order")
            ?.Select((sort, i) => sort.InWrittenOrder(i < written.Count ? written[i] : null)).ToList();
        var paging = new PagingArguments(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"))
        {
            DefaultPageSize = conventions.DefaultPageSize,
            MaxPageSize = conventions.MaxPageSize,
        };
        return new(context.GetArgument<FilterValue?>("where"), order, paging, options?.DefaultOrder,
            options?.Scope?.Invoke(context))
        {
            Items = conventions.Projection ? SelectedFields.OfConnectionItems(context) : null,
        };
    }

    /// <summary>
    /// What this request's statements are made of, when they carry no value but the parents' keys: order, direction,
    /// page size and selection. Null when a filter, a cursor or the field's scope puts values into them.
    /// </summary>
    internal string? ValueFreeShape => !Unfiltered || _after != null || _before != null ? null
        : $"{_order}|{(Paging.Backward ? "last" : "first")}:{Paging.Size}|{Items?.Key}";

    /// <summary>Whether neither a client's filter nor the field's scope limits the rows (their statements carry no value).</summary>
    internal bool Unfiltered => _filter == null && _scope == null;

    /// <summary><paramref name="source"/> (an <c>IQueryable&lt;T&gt;</c> expression) limited to the field's scope and the client's filter.</summary>
    public Expression Filtered(Expression source) => Filtered(source, RowShape.Of(_entity));

    /// <summary>The rows of the requested page plus one (which tells whether more follow), with their key values.</summary>
    public Expression Page(Expression source, IModel model) =>
        QueryMethods.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(KeyedRow<T>)],
            PageRows(source, RowShape.Of(_entity)), Expression.Quote(RowWithKeys(model)));

    /// <summary>
    /// The page (plus one row) of rows of any type that carry a <typeparamref name="T"/> (<paramref name="shape"/>
    /// says where), filtered, beyond the cursors, ordered and limited, without their keys.
    /// </summary>
    internal Expression PageRows(Expression source, RowShape shape)
    {
        var query = Filtered(source, shape);
        if (_after != null) query = Where(query, shape, Keyset.Beyond(_keys, _after, reverse: false));
        if (_before != null) query = Where(query, shape, Keyset.Beyond(_keys, _before, reverse: true));
        query = OrderedLike(query, shape);
        return QueryMethods.Call(typeof(Queryable), nameof(Queryable.Take), [shape.Type], query, Expression.Constant(Paging.Size + 1));
    }

    /// <summary>Rows of any type that carry a <typeparamref name="T"/> ordered as this page orders its items.</summary>
    internal Expression OrderedLike(Expression source, RowShape shape, params SortKey[] before) =>
        Keyset.Order(source, shape.Type, shape.Row, [.. before, .. _keys.Select(k => k with { Key = shape.Bind(_entity, k.Key) })],
            reverse: Paging.Backward);

    /// <summary>The keys of the <typeparamref name="T"/> a row carries, the values its cursor is made of.</summary>
    internal Expression KeysOf(RowShape shape) =>
        Expression.NewArrayInit(typeof(object), _keys.Select(k => Expression.Convert(shape.Bind(_entity, k.Key), typeof(object))));

    private Expression Filtered(Expression source, RowShape shape)
    {
        foreach (var condition in new[] { _scope, _filter })
            if (condition != null)
                source = Where(source, shape, shape.Bind(condition.Parameters[0], condition.Body));
        return source;
    }

    /// <summary>
    /// Whether rows exist on the side of the cursor opposite to the paging direction (before <c>after</c>, or after
    /// <c>before</c>); <c>null</c> when no such cursor was given, because then there are none.
    /// </summary>
    public Expression? OtherSide(Expression source)
    {
        var (cursor, reverse) = Paging.Backward ? (_before, true) : (_after, false);
        if (cursor == null) return null;
        return Where(Filtered(source), RowShape.Of(_entity), Expression.Not(Keyset.Beyond(_keys, cursor, reverse)));
    }

    public Connection ToConnection(List<KeyedRow<T>> rows, Func<IDataLoaderResult<int>> totalCount,
        Func<IDataLoaderResult<bool>> otherSide)
    {
        var more = rows.Count > Paging.Size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (Paging.Backward) rows.Reverse();
        var edges = rows.ConvertAll(r => new Edge(Cursor.Encode(_fingerprint, r.Keys), r.Row!));
        var pageInfo = Paging.Backward
            ? new PageInfo(hasNextPage: null, hasPreviousPage: more, otherSide, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor)
            : new PageInfo(hasNextPage: more, hasPreviousPage: null, otherSide, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, totalCount);
    }

    /// <summary><paramref name="query"/> limited by <paramref name="condition"/>, written over <c>_entity</c>.</summary>
    private MethodCallExpression Where(Expression query, RowShape shape, Expression condition) =>
        QueryMethods.Call(typeof(Queryable), nameof(Queryable.Where), [shape.Type], query,
            Expression.Quote(Expression.Lambda(shape.Bind(_entity, condition), shape.Row)));

    private LambdaExpression RowWithKeys(IModel model) => Expression.Lambda(
        Expression.MemberInit(Expression.New(typeof(KeyedRow<T>)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Row))!, EntityProjection.Apply(model, _entity, Items)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, KeysOf(RowShape.Of(_entity)))),
        _entity);
}
