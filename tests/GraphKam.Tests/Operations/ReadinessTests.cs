using System.Net;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Operations;

/// <summary>
/// <c>/readyz</c> reports each check (what a load balancer's operator reads when an instance is out of rotation);
/// <c>/healthz</c> stays a bare liveness answer (StartupTests).
/// </summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly GraphKamFactory _factory = GraphKamFactory.Empty();

    public void Dispose() => _factory.Dispose();

    /// <summary>Each check's name and status from a <c>/readyz</c> body.</summary>
    public static Dictionary<string, string> Checks(string body)
    {
        using var report = JsonDocument.Parse(body);
        return report.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
            check => check.GetProperty("name").GetString()!, check => check.GetProperty("status").GetString()!);
    }

    [Fact]
    public async Task Readyz_reports_the_database_and_the_event_bus_each_with_its_status()
    {
        var response = await _factory.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("Healthy", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
        var checks = Checks(body);
        Assert.Equal(["database", "event-bus"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, status => Assert.Equal("Healthy", status));
    }
}
