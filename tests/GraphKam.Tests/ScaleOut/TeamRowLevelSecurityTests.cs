using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on account teams and coverage rules: a partner's transaction, on the application role's own
/// connection and without the application's filters, sees neither.
/// </summary>
public sealed class TeamRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_no_team_member_and_no_coverage_rule()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        int partner;
        await using (var staff = factory.Db())
        {
            partner = await staff.DistributorAssignments.Select(x => x.DistributorId).FirstAsync();
            var account = await staff.DistributorAssignments.Where(x => x.DistributorId == partner).Select(x => x.AccountId).FirstAsync();
            var person = await staff.People.Where(u => u.Role == UserRole.InsideSales).Select(u => u.Id).FirstAsync();
            staff.AccountTeamMembers.Add(new AccountTeamMember
            {
                AccountId = account,
                UserId = person,
                Role = TeamRole.InsideSales,
                Since = DateTime.UtcNow,
                AddedBy = "test",
                Version = 1,
            });
            await staff.SaveChangesAsync();
        }

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Members = "SELECT count(*) FROM \"AccountTeamMembers\"";
        const string Rules = "SELECT count(*) FROM \"CoverageRules\"";
        Assert.True(await ScalarAsync<long>(app, Members) >= 1);   // the demo's teams and the one added here
        Assert.Equal(5, await ScalarAsync<long>(app, Rules));

        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal(0, await ScalarAsync<long>(app, Members));
        Assert.Equal(0, await ScalarAsync<long>(app, Rules));
    }
}
