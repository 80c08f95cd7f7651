using System.Net;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace GraphKam.Tests.Operations;

/// <summary>
/// The Prometheus scrape endpoint: 404 unless <c>GraphKam:Telemetry:Prometheus:Port</c> is set; then the exposition
/// format on that port, and still 404 on the public one.
/// </summary>
public sealed class MetricsEndpointTests
{
    private const int MetricsPort = 9464;

    private static async Task<(int Status, string? ContentType, string Body)> GetAsync(GraphKamFactory factory,
        string path, int localPort)
    {
        var context = await factory.Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = path;
            http.Connection.LocalPort = localPort;
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, context.Response.ContentType, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Metrics_are_not_served_by_default()
    {
        using var factory = new GraphKamFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await GetAsync(factory, "/metrics", MetricsPort)).Status);
    }

    [Fact]
    public async Task With_a_port_set_metrics_are_served_there_in_the_exposition_format_and_nowhere_else()
    {
        using var factory = new GraphKamFactory { Settings = { ["GraphKam:Telemetry:Prometheus:Port"] = $"{MetricsPort}" } };
        await factory.Client().DataAsync("query PrometheusProbe { accounts(first: 1) { totalCount } }");

        var (status, contentType, body) = await GetAsync(factory, "/metrics", MetricsPort);
        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.StartsWith("text/plain", contentType, StringComparison.Ordinal);
        Assert.Contains("# TYPE graphkam_graphql_operations_total counter", body, StringComparison.Ordinal);
        Assert.Matches("graphkam_graphql_operations_total\\{[^}]*graphql_operation_name=\"PrometheusProbe\"", body);
        Assert.Contains("# TYPE graphkam_graphql_operation_duration_seconds histogram", body, StringComparison.Ordinal);

        // The public port never answers it (whatever the Host header says), and the metrics port answers nothing else.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await GetAsync(factory, "/metrics", 5000)).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await GetAsync(factory, "/graphql", MetricsPort)).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await GetAsync(factory, "/", MetricsPort)).Status);
    }
}
