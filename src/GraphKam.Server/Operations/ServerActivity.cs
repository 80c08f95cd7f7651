using GraphKam.GraphQL.Telemetry;

namespace GraphKam.Server.Operations;

/// <summary>A reading of the server's metrics, as <c>serverActivity</c> shows it.</summary>
public sealed record ServerActivity(
    double OperationsPerMinute,
    IReadOnlyList<MinuteActivity> Minutes,
    IReadOnlyList<OperationTiming> Slowest,
    IReadOnlyList<ErrorCount> Errors,
    IReadOnlyList<TopicSubscriptions> Subscriptions,
    long OpenWebSockets)
{
    public const int SlowestShown = 10;
    public const int RateMinutes = 5;

    public static ServerActivity Read(IServiceProvider services)
    {
        var statistics = services.GetRequiredService<OperationStatistics>();
        return new ServerActivity(statistics.OperationsPerMinute(RateMinutes), statistics.Minutes(), statistics.Slowest(SlowestShown), statistics.Errors(),
            [.. EventBusMeter.Subscriptions.OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new TopicSubscriptions(s.Key, s.Value))],
            GraphQLMetrics.WebSocketCount);
    }
}

/// <summary>The subscriptions listening on a topic now.</summary>
public sealed record TopicSubscriptions(string Topic, long Count);
