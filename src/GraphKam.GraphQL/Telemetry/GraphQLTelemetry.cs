using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>
/// Where the GraphQL server reports what it does: one <see cref="ActivitySource"/> for its spans and one
/// <see cref="Meter"/> for its measurements, both named <c>GraphKam.GraphQL</c> (give that name to OpenTelemetry,
/// or to <c>dotnet-counters monitor --counters GraphKam.GraphQL</c>).
/// </summary>
public static class GraphQLTelemetry
{
    public const string Name = "GraphKam.GraphQL";

    public static readonly ActivitySource Source = new(Name);

    // One for the process, like the ActivitySource: dotnet-counters and every metrics reader find it by name.
    public static readonly Meter Meter = new(Name);
}
