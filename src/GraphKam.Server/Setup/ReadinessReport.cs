using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphKam.Server.Setup;

/// <summary>
/// The body of <c>/readyz</c>: the overall status and each check with its own status, a plain sentence and how long
/// it took, so an operator sees which dependency keeps an instance out of the load balancer. Only the sentences the
/// checks chose are shown, never an exception's message (it could carry a host name or a connection string).
/// </summary>
public static class ReadinessReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            totalMilliseconds = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
                milliseconds = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Indented));
    }
}
