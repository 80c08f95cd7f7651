using System.Linq.Expressions;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Sorting;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.GraphQL.Paging;

/// <summary>
/// The one call that gives a list field HotChocolate's data conventions: <c>where</c>, <c>order</c> and cursor
/// paging, translated to SQL. The connection type is named after the field as HotChocolate names it
/// (<c>accounts</c> → <c>AccountsConnection</c>, whatever type the field is on) unless a name is given; fields
/// with the same name share the type.
/// </summary>
public static class ConnectionFields
{
    /// <summary>A root list over <paramref name="source"/> (the rows a caller may see, before the client's filter).</summary>
    public static FieldType AddConnection<TEntity, TNodeType, TFilter, TSort>(this ObjectGraphType type, string name,
        string itemsDescription, Func<IResolveFieldContext, DbContext, IQueryable<TEntity>> source, ConnectionOptions<TEntity>? options = null)
        where TEntity : class, IEntity where TNodeType : IGraphType
        where TFilter : FilterInputType<TEntity> where TSort : SortInputType<TEntity> =>
        type.AddConnection<object?, TEntity, TNodeType, TFilter, TSort>(name, itemsDescription, (context, db) => source(context, db), options);

    /// <summary>A list on any object type, over rows that depend on that object (one query per object: not for lists of objects).</summary>
    public static FieldType AddConnection<TSource, TEntity, TNodeType, TFilter, TSort>(this ComplexGraphType<TSource> type, string name,
        string itemsDescription, Func<IResolveFieldContext<TSource>, DbContext, IQueryable<TEntity>> source, ConnectionOptions<TEntity>? options = null)
        where TEntity : class, IEntity where TNodeType : IGraphType
        where TFilter : FilterInputType<TEntity> where TSort : SortInputType<TEntity>
    {
        var field = Define<TNodeType, TFilter, TSort>(name, itemsDescription, options?.ConnectionName);
        field.Resolver = new FuncFieldResolver<TSource, object>(async context =>
        {
            // totalCount and the page info are read after this resolver returns, when GraphQL.NET has handed its
            // context to another field: the source reads its arguments from a copy that stays this field's.
            var own = new ResolveFieldContext<TSource>(context);
            return await ConnectionLoaders.LoadAsync(own, db => source(own, db), options);
        });
        return type.AddField(field);
    }

    /// <summary>A list over a collection of the parent entity, batched across parents.</summary>
    public static FieldType AddConnection<TParent, TEntity, TNodeType, TFilter, TSort>(this ObjectGraphType<TParent> type, string name,
        string itemsDescription, Expression<Func<TParent, IEnumerable<TEntity>>> navigation, ConnectionOptions<TEntity>? options = null)
        where TParent : class, IEntity where TEntity : class, IEntity where TNodeType : IGraphType
        where TFilter : FilterInputType<TEntity> where TSort : SortInputType<TEntity>
    {
        var field = Define<TNodeType, TFilter, TSort>(name, itemsDescription, options?.ConnectionName);
        field.Resolver = new FuncFieldResolver<TParent, object>(context =>
            ConnectionLoaders.LoadNested(context, navigation, options));
        // The pages are read by the parent's key alone, whatever the field is called.
        return type.AddField(field.Reads());
    }

    private static FieldType Define<TNodeType, TFilter, TSort>(string name, string itemsDescription, string? connectionName)
        where TNodeType : IGraphType where TFilter : InputObjectGraphType where TSort : InputObjectGraphType
    {
        var typeName = connectionName ?? $"{char.ToUpperInvariant(name[0])}{name[1..]}Connection";
        return new FieldType
        {
            Name = name,
            Description = $"The {itemsDescription}: filter with `where`, sort with `order`, "
                + "page with `first`/`after` or `last`/`before`.",
            // Nullable as in HotChocolate: a refused page (size, cursor) nulls only this field, not its parents.
            ResolvedType = new ConnectionType<TNodeType>(typeName, itemsDescription),
            Arguments = new QueryArguments(
                new QueryArgument<TFilter> { Name = "where", Description = "Only the items matching this filter." },
                new QueryArgument<ListGraphType<NonNullGraphType<TSort>>>
                {
                    Name = "order",
                    Description = "Sort keys, most significant first. Ties are broken by ID.",
                },
                // ConnectionDescriptions rewrites these two with the configured page sizes once the schema is built.
                new QueryArgument<IntGraphType> { Name = "first", Description = "Return the first n items." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Return items after this cursor." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Return the last n items." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "Return items before this cursor." }),
        };
    }
}
