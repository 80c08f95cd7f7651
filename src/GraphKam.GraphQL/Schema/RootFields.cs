using GraphQL.Types;

namespace GraphKam.GraphQL.Schema;

/// <summary>
/// A feature area's contribution to a root type. GraphQL.NET has no type extensions in code-first schemas, so each
/// area adds its fields to the shared root types through one of these, registered in DI.
/// </summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <inheritdoc cref="IQueryFields"/>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <inheritdoc cref="IQueryFields"/>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}

/// <summary>The root <c>Query</c> type, assembled from every area's <see cref="IQueryFields"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> parts)
    {
        Name = "Query";
        Description = "Everything that can be read.";
        foreach (var part in parts) part.AddTo(this);
    }
}

/// <summary>The root <c>Mutation</c> type, assembled from every area's <see cref="IMutationFields"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> parts)
    {
        Name = "Mutation";
        Description = "Everything that changes data. Each mutation takes one `input` and returns a payload with the changed object and typed `errors`.";
        foreach (var part in parts) part.AddTo(this);
    }
}

/// <summary>The root <c>Subscription</c> type, assembled from every area's <see cref="ISubscriptionFields"/>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> parts)
    {
        Name = "Subscription";
        Description = "Live events, over a WebSocket (graphql-transport-ws or graphql-ws) or server-sent events (Accept: text/event-stream).";
        foreach (var part in parts) part.AddTo(this);
    }
}
