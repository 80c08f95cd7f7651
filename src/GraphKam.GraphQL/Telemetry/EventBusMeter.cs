using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>
/// What any topic bus (in memory, Redis, …) reports: events published, events handed to subscriptions and how long
/// after publication, and the subscriptions open on each topic. A bus calls these; readers find the instruments on
/// <see cref="GraphQLTelemetry.Meter"/>.
/// </summary>
public static class EventBusMeter
{
    private static readonly Meter Meter = GraphQLTelemetry.Meter;
    private static readonly ConcurrentDictionary<string, long> Open = new(StringComparer.Ordinal);

    private static readonly Counter<long> PublishedEvents = Meter.CreateCounter<long>(
        "graphkam.events.published", "{event}", "Events published, by topic.");

    private static readonly Counter<long> DeliveredEvents = Meter.CreateCounter<long>(
        "graphkam.events.delivered", "{delivery}", "Events handed to a subscription, by topic.");

    private static readonly Histogram<double> Latency = Meter.CreateHistogram(
        "graphkam.events.delivery.latency", "s", "Time from an event's publication to its hand-over to subscriptions.",
        tags: null, advice: GraphQLMetrics.SecondsBuckets);

    public static readonly ObservableUpDownCounter<long> ActiveSubscriptions = Meter.CreateObservableUpDownCounter(
        "graphkam.subscriptions.active", Observe, "{subscription}", "Subscriptions listening now, by topic.");

    /// <summary>The subscriptions open now on each topic that had any.</summary>
    public static IReadOnlyDictionary<string, long> Subscriptions => Open.ToDictionary();

    public static void Published(string topic) => PublishedEvents.Add(1, Topic(topic));

    /// <summary>An event reached <paramref name="subscriptions"/> subscriptions here.</summary>
    /// <param name="publishedAt">When it was published (<see cref="Stopwatch.GetTimestamp"/> on this machine), if known.</param>
    public static void Delivered(string topic, int subscriptions, long? publishedAt = null)
    {
        if (subscriptions <= 0) return;
        DeliveredEvents.Add(subscriptions, Topic(topic));
        if (publishedAt is { } start) Latency.Record(Stopwatch.GetElapsedTime(start).TotalSeconds, Topic(topic));
    }

    /// <summary>An event from another machine reached subscriptions here, <paramref name="latency"/> after it was published.</summary>
    public static void Delivered(string topic, int subscriptions, TimeSpan latency)
    {
        if (subscriptions <= 0) return;
        DeliveredEvents.Add(subscriptions, Topic(topic));
        Latency.Record(Math.Max(0, latency.TotalSeconds), Topic(topic));
    }

    public static void Subscribed(string topic) => Open.AddOrUpdate(topic, 1, (_, count) => count + 1);

    public static void Unsubscribed(string topic) => Open.AddOrUpdate(topic, 0, (_, count) => count - 1);

    private static KeyValuePair<string, object?> Topic(string topic) => new("graphkam.topic", topic);

    private static IEnumerable<Measurement<long>> Observe() =>
        Open.Select(each => new Measurement<long>(each.Value, Topic(each.Key)));
}
