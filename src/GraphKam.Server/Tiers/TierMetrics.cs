using System.Diagnostics.Metrics;
using GraphKam.GraphQL.Telemetry;
using GraphKam.Server.Common;

namespace GraphKam.Server.Tiers;

/// <summary>How long re-grading takes: the whole book when a policy changes, a few accounts after a change.</summary>
public static class TierMetrics
{
    private static readonly Histogram<double> RecomputeDuration = ServerTelemetry.Meter.CreateHistogram(
        "graphkam.tiers.recompute.duration", "s", "How long a tier recompute took, by scope (all or some accounts).",
        tags: null, advice: GraphQLMetrics.SecondsBuckets);

    public static void Recomputed(TimeSpan took, bool everyAccount) => RecomputeDuration.Record(took.TotalSeconds,
        new KeyValuePair<string, object?>("graphkam.tiers.scope", everyAccount ? "all" : "some"));
}
