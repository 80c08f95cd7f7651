using System.Diagnostics.Metrics;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>
/// The instruments of the GraphQL server, on <see cref="GraphQLTelemetry.Meter"/>. Tags are bounded: operation
/// names go through <see cref="OperationLabels"/>, error codes are the server's own, topics are fixed names.
/// </summary>
public static class GraphQLMetrics
{
    private static readonly Meter Meter = GraphQLTelemetry.Meter;

    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("graphkam.graphql.requests",
        "{request}", "GraphQL requests received, by transport (http or stream), refused ones included.");

    public static readonly Counter<long> Operations = Meter.CreateCounter<long>("graphkam.graphql.operations",
        "{operation}", "Operations that parsed, by operation name and type and by outcome (ok or error).");

    /// <summary>
    /// Buckets for durations in seconds (those ASP.NET Core uses for requests): the default ones are made for
    /// milliseconds, and every operation fell in the first.
    /// </summary>
    public static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30],
    };

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
        "graphkam.graphql.operation.duration", "s", "How long operations took, from validation to the result.",
        tags: null, advice: SecondsBuckets);

    public static readonly Counter<long> Errors = Meter.CreateCounter<long>("graphkam.graphql.errors",
        "{error}", "Errors in GraphQL responses, by operation name and error code.");

    public static readonly Histogram<long> SqlCommands = Meter.CreateHistogram<long>(
        "graphkam.graphql.operation.sql_commands", "{command}", "SQL commands run by one operation.");

    public static readonly Histogram<long> BatchSize = Meter.CreateHistogram<long>(
        "graphkam.graphql.dataloader.batch_size", "{key}", "Keys fetched by one DataLoader batch.");

    public static readonly Counter<long> RateLimitRefusals = Meter.CreateCounter<long>(
        "graphkam.graphql.rate_limit.refusals", "{refusal}",
        "Operations refused for their rate, by limit (operations or cost).");

    private static long _webSockets;

    public static readonly ObservableUpDownCounter<long> ActiveWebSockets = Meter.CreateObservableUpDownCounter(
        "graphkam.graphql.websockets.active", () => Interlocked.Read(ref _webSockets), "{connection}",
        "WebSocket connections open now.");

    /// <summary>WebSocket connections open now (what <see cref="ActiveWebSockets"/> reports).</summary>
    public static long WebSocketCount => Interlocked.Read(ref _webSockets);

    public static void WebSocketOpened() => Interlocked.Increment(ref _webSockets);

    public static void WebSocketClosed() => Interlocked.Decrement(ref _webSockets);
}
