using GraphKam.GraphQL.Schema;
using GraphKam.Server.Common;

namespace GraphKam.Server.Setup;

public sealed class GraphKamSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
    : ConventionSchema(services, query, mutation, subscription,
        "GraphKam: key-account management — accounts, tiers, organisation charts, funnel and distributors.",
        Money.Max);
