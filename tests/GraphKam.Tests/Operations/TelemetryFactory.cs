using System.Diagnostics;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraphKam.Tests.Operations;

/// <summary>The server with OpenTelemetry's in-memory exporters: every span and metric it reports, kept for the test.</summary>
public sealed class TelemetryFactory : GraphKamFactory
{
    public LockedList<Activity> Spans { get; } = [];
    public LockedList<MetricSnapshot> Metrics { get; } = [];
    public LogLines Logs { get; } = new();

    public TelemetryFactory() => Settings["GraphKam:Telemetry:Traces"] = "true"; // the exporter below takes them

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics)));
        // The server's own lines from Debug up; the framework's at the levels appsettings.json gives them.
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogLines>("GraphKam", LogLevel.Debug));
    }

    /// <summary>Every span so far (the exporter adds them on its own thread).</summary>
    public List<Activity> AllSpans()
    {
        Services.GetRequiredService<TracerProvider>().ForceFlush();
        return Spans.Snapshot();
    }

    /// <summary>
    /// The spans of one trace, once the server's span of the request the caller sent (<paramref name="callerSpan"/>
    /// is its parent) has ended. That span ends after the response is sent, so a client can read the answer
    /// before it is exported; waiting for it, rather than reading at once, keeps the test from racing the host.
    /// </summary>
    public Task<List<Activity>> TraceAsync(ActivityTraceId traceId, ActivitySpanId callerSpan) =>
        TraceAsync(traceId, spans => spans.Any(s => s.ParentSpanId == callerSpan));

    /// <summary>The spans of one trace once <paramref name="complete"/> holds for them (at most 10 s).</summary>
    public async Task<List<Activity>> TraceAsync(ActivityTraceId traceId, Func<List<Activity>, bool> complete)
    {
        var tracer = Services.GetRequiredService<TracerProvider>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            tracer.ForceFlush();
            var spans = Spans.Snapshot(s => s.TraceId == traceId);
            if (complete(spans) || DateTime.UtcNow > deadline) return spans;
            await Task.Delay(20);
        }
    }

    /// <summary>The metric points of <paramref name="name"/> whose tags include every one of <paramref name="tags"/>.</summary>
    public List<MetricPoint> Points(string name, params (string Key, string Value)[] tags)
    {
        Metrics.Clear();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        return Metrics.Snapshot(m => m.Name == name).SelectMany(m => m.MetricPoints)
            .Where(p => tags.All(t => Tag(p, t.Key) == t.Value)).ToList();
    }

    public static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
            if (tag.Key == key) return tag.Value?.ToString();
        return null;
    }

    /// <summary>A W3C traceparent of a new trace, as a caller that traces its own work would send it.</summary>
    public static (string Header, ActivityTraceId TraceId, ActivitySpanId ParentId) NewTraceParent()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var spanId = ActivitySpanId.CreateRandom();
        return ($"00-{traceId}-{spanId}-01", traceId, spanId);
    }
}
