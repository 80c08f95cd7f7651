using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on the satisfaction and loyalty tables: a partner's transaction, on the application role's own
/// connection and without the application's filters, sees no survey and no target, and loyalty changes only on
/// accounts the partner sees.
/// </summary>
public sealed class SatisfactionRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_no_survey_or_target_and_loyalty_changes_only_on_accounts_it_sees()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        int partner;
        List<int> seen;
        await using (var staff = factory.Db())
        {
            partner = await staff.DistributorAssignments.Select(x => x.DistributorId).FirstAsync();
            seen = await staff.Accounts.Where(a =>
                    staff.DistributorAssignments.Any(x => x.AccountId == a.Id && x.DistributorId == partner)
                    || staff.Opportunities.Any(o => o.AccountId == a.Id && o.DistributorId == partner)
                    || staff.DealRegistrations.Any(r => r.AccountId == a.Id && r.DistributorId == partner))
                .Select(a => a.Id).OrderBy(id => id).ToListAsync();
        }

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Surveys = "SELECT count(*) FROM \"SatisfactionSurveys\"";
        const string Targets = "SELECT count(*) FROM \"SatisfactionTargets\"";
        const string Loyalty = "SELECT DISTINCT \"AccountId\" FROM \"LoyaltyStageChanges\" ORDER BY \"AccountId\"";
        // The demo data has surveys, two targets and every account's loyalty history.
        Assert.True(await ScalarAsync<long>(app, Surveys) > 1000);
        Assert.Equal(2, await ScalarAsync<long>(app, Targets));
        Assert.True((await IdsAsync(app, Loyalty)).Count > seen.Count);

        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal(0, await ScalarAsync<long>(app, Surveys));
        Assert.Equal(0, await ScalarAsync<long>(app, Targets));
        Assert.Equal(seen, await IdsAsync(app, Loyalty));
    }
}
