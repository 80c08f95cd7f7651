using System.Diagnostics.Metrics;

namespace GraphKam.Server.Common;

/// <summary>
/// The meter of GraphKam's own domain work (tier recomputes, …), named <c>GraphKam.Server</c>; the GraphQL server's
/// measurements are on <c>GraphKam.GraphQL</c>.
/// </summary>
public static class ServerTelemetry
{
    public const string Name = "GraphKam.Server";

    public static readonly Meter Meter = new(Name);
}
