using GraphKam.GraphQL.Schema;

namespace GraphKam.Server.Setup;

public sealed class GraphKamSchema : global::GraphQL.Types.Schema
{
    public GraphKamSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "GraphKam: key-account management — accounts, tiers, organisation charts, funnel and distributors.";
        Query = query;
        Mutation = mutation;
    }
}
