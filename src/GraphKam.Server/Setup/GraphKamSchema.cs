using GraphKam.GraphQL.Schema;

namespace GraphKam.Server.Setup;

public sealed class GraphKamSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
    : ConventionSchema(services, query, mutation, subscription,
        "GraphKam: key-account management — accounts, tiers, organisation charts, funnel and distributors.",
        MaxDecimal)
{
    /// <summary>
    /// One trillion yuan: beyond any real amount, and small enough that money kept as 64-bit fen still adds up
    /// across tens of thousands of rows in SQL without overflowing.
    /// </summary>
    public const decimal MaxDecimal = 1_000_000_000_000m;

    /// <summary><see cref="MaxDecimal"/> as the upper bound quoted by money range errors.</summary>
    public static double MaxMoney => (double)MaxDecimal;
}
