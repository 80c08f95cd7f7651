using GraphKam.GraphQL.Schema;

namespace GraphKam.Server.Setup;

public sealed class GraphKamSchema(IServiceProvider services, QueryType query, MutationType mutation)
    : ConventionSchema(services, query, mutation,
        "GraphKam: key-account management — accounts, tiers, organisation charts, funnel and distributors.");
