
namespace GraphKam.Server.Setup;

/// <summary>
/// The Prometheus scrape endpoint, off by default. With <c>GraphKam:Telemetry:Prometheus:Port</c> set (and that port
/// among the server's URLs), <c>GET /metrics</c> answers in the exposition format on that port only, and that port
/// answers nothing else: keep it on an address only the monitoring network reaches. The check is on the port the
/// connection arrived on, not the Host header, so a request to the public port cannot reach it. Everywhere else
/// <c>/metrics</c> is 404.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static int? PortOf(IConfiguration configuration) =>
        configuration.GetValue<int?>($"{TelemetrySetup.Section}:Prometheus:Port") is > 0 and var port ? port : null;

    /// <summary>
    /// A metrics port the server does not listen on serves nothing, and one that is the server's only port leaves no
    /// place for GraphQL and the dashboard: both are settings mistakes an operator should hear about at once.
    /// </summary>
    public static void WarnAboutPort(ILogger logger, int? port, ICollection<string> addresses)
    {
        if (port is not { } metrics || addresses.Count == 0) return;
        var ports = addresses.Select(address => new Uri(address).Port).ToList();
        if (!ports.Contains(metrics))
            logger.LogWarning("GraphKam:Telemetry:Prometheus:Port is {Port}, but the server does not listen there: "
                + "add http://<address>:{Port} to --urls, or /metrics is unreachable.", metrics, metrics);
        else if (ports.All(p => p == metrics))
            logger.LogWarning("The server listens only on the metrics port {Port}: GraphQL and the dashboard answer "
                + "nowhere. Give --urls a second address for them.", metrics);
    }

    public static WebApplication UseGraphKamMetricsEndpoint(this WebApplication app)
    {
        if (PortOf(app.Configuration) is not { } port) return app;
        app.UseWhen(http => http.Connection.LocalPort == port, metricsPort => metricsPort
            .UseOpenTelemetryPrometheusScrapingEndpoint(http => http.Request.Path == Path
                && HttpMethods.IsGet(http.Request.Method))
            .Run(http =>
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        return app;
    }
}
