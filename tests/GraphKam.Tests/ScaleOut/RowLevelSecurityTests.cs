using System.Globalization;
using System.Security.Claims;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static GraphKam.Tests.ScaleOut.PostgreSqlReads;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The second wall on PostgreSQL: with a partner named for the transaction (<c>SET LOCAL graphkam.partner_id</c>),
/// a query without any of the application's filters, sent on the application role's own connection, still cannot
/// read another partner's rows.
/// </summary>
public sealed class RowLevelSecurityTests
{
    private static readonly string[] PartnerTables =
        ["Opportunities", "DealRegistrations", "Scorecards", "DistributorAssignments", "ApiTokens"];

    [PostgreSqlFact]
    public async Task A_query_that_forgot_the_filter_still_sees_only_its_own_partners_rows()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        await using var app = new NpgsqlConnection(factory.ConnectionString);
        await app.OpenAsync();
        const string Owns = "SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'Opportunities'";
        Assert.False(await ScalarAsync<bool>(app, Owns), "The app must not own the tables.");
        var partner = await ScalarAsync<int>(app,
            "SELECT \"DistributorId\" FROM \"Opportunities\" WHERE \"DistributorId\" IS NOT NULL LIMIT 1");
        var othersSql = $"SELECT count(*) FROM \"Opportunities\" WHERE \"DistributorId\" <> {partner}";
        var others = await ScalarAsync<long>(app, othersSql);
        Assert.True(others > 0, "The demo data has deals of other partners.");

        await using (var transaction = await app.BeginTransactionAsync())
        {
            await ScalarAsync<string>(app, $"SELECT set_config('graphkam.partner_id', '{partner}', true)");
            foreach (var table in PartnerTables)
                Assert.Equal(0L, await ScalarAsync<long>(app,
                    $"SELECT count(*) FROM \"{table}\" WHERE \"DistributorId\" IS DISTINCT FROM {partner}"));
            Assert.Equal([partner], await IdsAsync(app, "SELECT \"Id\" FROM \"Distributors\""));
            Assert.Equal(0L, await ScalarAsync<long>(app, "SELECT count(*) FROM \"ChannelConflicts\" "
                + $"WHERE \"DistributorId\" IS DISTINCT FROM {partner} "
                + $"AND \"OtherDistributorId\" IS DISTINCT FROM {partner}"));
            Assert.True(await ScalarAsync<long>(app, "SELECT count(*) FROM \"Opportunities\"") > 0,
                "Its own deals stay visible.");
            await transaction.CommitAsync();
        }

        // SET LOCAL ends with its transaction: the pooled connection goes back to seeing every row.
        Assert.Equal(others, await ScalarAsync<long>(app, othersSql));
    }

    [PostgreSqlFact]
    public async Task A_partners_context_that_ignores_the_query_filters_is_still_held_by_the_database()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        var partner = await PartnerWithDealsAsync(factory);
        using var scope = factory.Services.CreateScope();
        await using var db = await PartnerContextAsync(scope, partner);
        Assert.Equal(partner, db.PartnerId);

        // The bug this wall is for: a query that bypasses the isolation filters, outside and inside a transaction.
        Assert.Equal(0, await db.Opportunities.IgnoreQueryFilters().CountAsync(o => o.DistributorId != partner));
        Assert.True(await db.Opportunities.IgnoreQueryFilters().AnyAsync());
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.Equal(0, await db.DealRegistrations.IgnoreQueryFilters().CountAsync(r => r.DistributorId != partner));
    }

    [PostgreSqlFact]
    public async Task The_wall_lifts_only_for_a_company_wide_rule_and_stands_again_after_it()
    {
        using var factory = new GraphKamFactory();
        await factory.Client().DataAsync("{ __typename }");
        var partner = await PartnerWithDealsAsync(factory);
        using var scope = factory.Services.CreateScope();
        await using var db = await PartnerContextAsync(scope, partner);
        var others = db.Opportunities.IgnoreQueryFilters().Where(o => o.DistributorId != partner);

        // Outside a transaction (each statement its own) and inside one (the setting made at its start).
        await using (await PartnerWall.LiftAsync(db, CancellationToken.None))
            Assert.True(await others.AnyAsync(), "Lifted, a rule sees the company's deals.");
        Assert.Equal(0, await others.CountAsync());
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.Equal(0, await others.CountAsync());
        await using (await PartnerWall.LiftAsync(db, CancellationToken.None))
            Assert.True(await others.AnyAsync(), "Lifted inside the transaction too.");
        Assert.Equal(0, await others.CountAsync());
    }

    private static async Task<int> PartnerWithDealsAsync(GraphKamFactory factory)
    {
        await using var staff = factory.Db();
        return await staff.Opportunities.Where(o => o.DistributorId != null)
            .Select(o => o.DistributorId!.Value).FirstAsync();
    }

    /// <summary>A context as a request of <paramref name="partner"/>'s would get it, in <paramref name="scope"/>.</summary>
    private static Task<GraphKamDbContext> PartnerContextAsync(IServiceScope scope, int partner)
    {
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().User = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim("role", Roles.Partner),
                new Claim(GraphKamClaims.Distributor, partner.ToString(CultureInfo.InvariantCulture)),
            ],
            "test", "name", "role"));
        return scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContextAsync();
    }
}
