using GraphKam.GraphQL.Relay;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on account plans and their reviews: a partner's transaction, on the application role's own
/// connection and without the application's filters, sees neither.
/// </summary>
public sealed class PlanRowLevelSecurityTests
{
    [PostgreSqlFact]
    public async Task A_partner_reads_no_plan_and_no_review()
    {
        using var factory = new GraphKamFactory();
        var director = factory.Client();
        int partner, account;
        await using (var staff = factory.Db())
        {
            partner = await staff.DistributorAssignments.Select(x => x.DistributorId).FirstAsync();
            // An account the partner serves: the plan is hidden even there.
            account = await staff.DistributorAssignments.Where(x => x.DistributorId == partner).Select(x => x.AccountId)
                .FirstAsync();
        }
        var accountId = GlobalId.Encode("Account", account);
        const string Selection = "accountPlan { id }";
        var plan = await director.MutateAsync("createAccountPlan", Selection, new { accountId, year = 2030 });
        var planId = plan.At("accountPlan.id").GetString();
        await director.MutateAsync("changeAccountPlanStatus", Selection,
            new { id = planId, version = 1, status = "ACTIVE" });
        await director.MutateAsync("recordPlanReview", Selection, new { planId, version = 2, changes = "Reviewed" });

        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Plans = "SELECT count(*) FROM \"AccountPlans\"";
        const string Reviews = "SELECT count(*) FROM \"PlanReviews\"";
        var (plans, reviews) = (await ScalarAsync<long>(app, Plans), await ScalarAsync<long>(app, Reviews));
        Assert.True(plans >= 1 && reviews >= 1);

        await using var transaction = await app.BeginTransactionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
        Assert.Equal(0, await ScalarAsync<long>(app, Plans));
        Assert.Equal(0, await ScalarAsync<long>(app, Reviews));
    }
}
