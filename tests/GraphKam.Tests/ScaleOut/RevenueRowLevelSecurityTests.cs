using GraphKam.Tests.Infrastructure;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on revenue by month: a partner's transaction, on the application role's own connection and without
/// the application's filters, sees no revenue record.
/// </summary>
public sealed class RevenueRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_no_revenue_record()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        int partner;
        await using (var staff = factory.Db())
        {
            partner = staff.DistributorAssignments.Select(x => x.DistributorId).First();
            var account = staff.DistributorAssignments.Where(x => x.DistributorId == partner).Select(x => x.AccountId).First();
            // The demo book records every account's months, those of the partner's own accounts too.
            Assert.True(staff.RevenueRecords.Any(r => r.AccountId == account));
        }

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Records = "SELECT count(*) FROM \"RevenueRecords\"";
        Assert.True(await ScalarAsync<long>(app, Records) >= 1);
        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal(0, await ScalarAsync<long>(app, Records));
    }
}
