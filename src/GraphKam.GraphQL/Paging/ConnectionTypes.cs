using GraphKam.GraphQL.Schema;
using GraphQL.Types;

namespace GraphKam.GraphQL.Paging;

/// <summary>HotChocolate's connection shape, e.g. <c>AccountsConnection { edges nodes pageInfo totalCount }</c>.</summary>
public sealed class ConnectionType<TNodeType> : ObjectType<Connection> where TNodeType : IGraphType
{
    public ConnectionType(string name, string itemsDescription)
    {
        Name = name;
        Description = $"A page of {itemsDescription}, with cursors to fetch the pages around it.";
        var edge = new EdgeType<TNodeType>(name.EndsWith("Connection", StringComparison.Ordinal) ? name[..^"Connection".Length] + "Edge" : name + "Edge", itemsDescription);
        Field("edges", new ListGraphType(new NonNullGraphType(edge)))
            .Description("The items of this page, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes")
            .Description("The items of this page, when their cursors are not needed.")
            .Resolve(context => context.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page stands in the whole list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("The number of items in the whole filtered list. Counted only when selected.")
            .Resolve(context => context.Source.TotalCount());
    }
}

/// <summary>An item of a connection with its cursor.</summary>
public sealed class EdgeType<TNodeType> : ObjectType<Edge> where TNodeType : IGraphType
{
    public EdgeType(string name, string itemsDescription)
    {
        Name = name;
        Description = $"One of the {itemsDescription} in a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Pass it as `after` or `before` to fetch the items following or preceding this one.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description("The item.")
            .Resolve(context => context.Source.Node);
    }
}

/// <summary>Relay's <c>PageInfo</c>.</summary>
public sealed class PageInfoType : ObjectType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Whether more items follow this page.")
            .Resolve(context => context.Source.HasNextPage());
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Whether items precede this page.")
            .Resolve(context => context.Source.HasPreviousPage());
        Field<StringGraphType>("startCursor")
            .Description("The cursor of the first item of this page; null when the page is empty.")
            .Resolve(context => context.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("The cursor of the last item of this page; null when the page is empty.")
            .Resolve(context => context.Source.EndCursor);
    }
}
