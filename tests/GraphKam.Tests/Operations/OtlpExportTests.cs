using System.Collections.Concurrent;
using System.Net;
using System.Text;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraphKam.Tests.Operations;

/// <summary>
/// <c>GraphKam:Telemetry:OtlpEndpoint</c> sends traces and metrics to a collector over OTLP/HTTP: a stand-in collector
/// on a loopback port receives them at its signal paths, as protobuf.
/// </summary>
public sealed class OtlpExportTests : IAsyncDisposable
{
    private readonly WebApplication _collector;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _received = new();

    public OtlpExportTests()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _collector = builder.Build();
        _collector.MapPost("/{**signal}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            _received.Enqueue((http.Request.Path, http.Request.ContentType ?? "", body.ToArray()));
            return Results.Ok();
        });
        _collector.StartAsync().GetAwaiter().GetResult();
    }

    public async ValueTask DisposeAsync() => await _collector.DisposeAsync();

    private bool Received(string path, string text) => _received.Any(r => r.Path == path
        && r.ContentType == "application/x-protobuf" && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task Traces_and_metrics_reach_the_configured_collector()
    {
        using var factory = GraphKamFactory.Empty();
        factory.Settings["GraphKam:Telemetry:OtlpEndpoint"] = _collector.Urls.Single() + "/";
        await factory.Client().DataAsync("query OtlpProbe { accounts(first: 1) { totalCount } }");

        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        // Protobuf keeps strings as UTF-8: the operation's span and the operation-duration metric are readable.
        for (var waited = 0; !(Received("/v1/traces", "OtlpProbe") && Received("/v1/metrics",
            "graphkam.graphql.operation.duration")); waited += 100)
        {
            Assert.True(waited < 10_000, string.Join(", ", _received.Select(r => $"{r.Path} {r.ContentType}")));
            await Task.Delay(100);
        }
    }
}
