using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on deal splits follows the deal's: a partner's transaction, on the application role's own
/// connection and without the application's filters, sees the splits of its distributor's deals and no others.
/// </summary>
public sealed class SplitRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_the_splits_of_its_own_deals_only()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        int partner;
        await using (var staff = factory.Db())
        {
            partner = await staff.Opportunities.Where(o => o.DistributorId != null).Select(o => o.DistributorId!.Value).FirstAsync();
            var own = await staff.Opportunities.Where(o => o.DistributorId == partner).Select(o => o.Id).FirstAsync();
            var others = await staff.Opportunities.Where(o => o.DistributorId != partner).Select(o => o.Id).Take(2).ToListAsync();
            var person = await staff.People.Where(u => u.Role == UserRole.AccountManager).Select(u => u.Id).FirstAsync();
            foreach (var deal in others.Prepend(own))
                staff.OpportunitySplits.Add(new OpportunitySplit
                {
                    OpportunityId = deal,
                    Type = SplitType.Revenue,
                    UserId = person,
                    Percent = 100m,
                    Role = TeamRole.OutsideSales,
                });
            await staff.SaveChangesAsync();
        }

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Splits = "SELECT count(*) FROM \"OpportunitySplits\"";
        Assert.Equal(3, await ScalarAsync<long>(app, Splits));

        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal(1, await ScalarAsync<long>(app, Splits));
    }
}
