using GraphKam.Server.Health;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Health;

/// <summary>
/// The health and service lists build their SQL on derived tables (a limit without an order, on purpose). EF Core warns
/// about such a limit at every start and sweep; an operator reading the log would take it for a fault of the server.
/// </summary>
public sealed class HealthQueryLogTests : IDisposable
{
    private readonly ProbeFactory _factory = new();

    [Fact]
    public async Task The_health_sweep_and_the_health_and_service_lists_log_no_warnings()
    {
        var director = _factory.Client();
        await _factory.Services.GetRequiredService<HealthWatch>().SweepAsync(CancellationToken.None);
        await director.DataAsync("{ atRiskAccounts(first: 5) { nodes { score band } } }");
        await director.DataAsync("{ serviceExceptions(first: 5) { nodes { kind overdueDays } } }");
        await director.DataAsync("{ accounts(first: 5) { nodes { serviceStatus { overdueDays } } } }");

        var warnings = _factory.Log.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message}");
        Assert.Empty(warnings);
    }

    public void Dispose() => _factory.Dispose();
}
