using GraphKam.Tests.Infrastructure;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on KPI snapshots: a partner's transaction, on the application role's own connection and without the
/// application's filters, sees none of the company's figures.
/// </summary>
public sealed class KpiRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_no_kpi_snapshot()
    {
        using var factory = new GraphKamFactory();
        var taken = await factory.Client().MutateAsync("takeKpiSnapshot", "kpiSnapshot { month }", new { });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, taken.GetProperty("errors").ValueKind);
        int partner;
        await using (var staff = factory.Db())
            partner = staff.DistributorAssignments.Select(x => x.DistributorId).First();

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Snapshots = "SELECT count(*) FROM \"KpiSnapshots\"";
        Assert.True(await ScalarAsync<long>(app, Snapshots) >= 1);
        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal(0, await ScalarAsync<long>(app, Snapshots));
    }
}
