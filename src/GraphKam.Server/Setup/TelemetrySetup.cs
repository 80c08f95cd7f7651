using GraphKam.GraphQL.Telemetry;
using GraphKam.Server.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphKam.Server.Setup;

/// <summary>
/// Traces and metrics with OpenTelemetry (<c>GraphKam:Telemetry</c>): the GraphQL server's spans and meters, ASP.NET
/// Core's, EF Core's SQL commands and the runtime's. Nothing leaves the machine unless <c>OtlpEndpoint</c> is set;
/// the Prometheus scrape endpoint is off unless <c>Prometheus:Port</c> is set (<see cref="MetricsEndpoint"/>).
/// Spans are recorded only when something takes them (<c>Traces</c>, on by default when <c>OtlpEndpoint</c> is set):
/// recording spans nobody exports cost every request several per cent of its CPU.
/// </summary>
public static class TelemetrySetup
{
    public const string Section = "GraphKam:Telemetry";

    public static WebApplicationBuilder AddGraphKamTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = builder.Configuration[$"{Section}:OtlpEndpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        var prometheus = MetricsEndpoint.PortOf(builder.Configuration) != null;
        var traces = builder.Configuration.GetValue($"{Section}:Traces", otlp != null);
        builder.Services.AddSingleton<IInterceptor, SqlCommandTally>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("GraphKam"));
        if (traces)
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(GraphQLTelemetry.Name).AddAspNetCoreInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp != null) tracing.AddOtlpExporter(options => Export(options, otlp, "v1/traces"));
            });
        telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(GraphQLTelemetry.Name, ServerTelemetry.Name).AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation();
                if (otlp != null) metrics.AddOtlpExporter(options => Export(options, otlp, "v1/metrics"));
                if (prometheus) metrics.AddPrometheusExporter();
            });
        if (otlp != null)
            telemetry.WithLogging(logging => logging.AddOtlpExporter(options => Export(options, otlp, "v1/logs")));
        builder.Services.AddSingleton<OperationStatistics>();
        // Partners are outside parties: their operation names are counted only once staff have used them.
        OperationLabels.MayAdmit = user => user?.Identity?.IsAuthenticated == true && !GraphKamClaims.IsPartner(user);
        return builder;
    }

    // An http/protobuf endpoint is the collector's base address: each signal has its own path below it.
    private static void Export(OtlpExporterOptions options, Uri endpoint, string signalPath)
    {
        options.Protocol = endpoint.Port == 4317 ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        options.Endpoint = options.Protocol == OtlpExportProtocol.Grpc ? endpoint : new Uri(endpoint, signalPath);
    }
}
