using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Kpis;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Kpis;

/// <summary>
/// KPI snapshots on the known book (clock 2026-11-27 08:00): eight active accounts with 3,621,000.50 yuan of monthly
/// revenue; the strategic ones (the telecom head office, Bravo Éclair Power, Echo Gov Bureau) are at least A2 and
/// alpha beta Bank is A1, so those four are the key accounts (tiers with a dedicated manager: A1, A2, B1).
/// </summary>
public sealed class KpiSnapshotTests : KnownDataTest
{
    private const string Figures = """
        month takenBy accounts keyAccounts keyAccountRevenue companyRevenue keyAccountRevenueShare satisfaction winRate
        pipeline won target forecastAttainment tiers { tierCode accounts revenue } migrations { fromTier toTier accounts }
        """;

    private GraphQLClient Li => Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);

    private async Task<JsonElement> TakeAsync()
    {
        var payload = await Client.MutateAsync("takeKpiSnapshot", $"kpiSnapshot {{ {Figures} }}", new { });
        Assert.Empty(ErrorTypes(payload));
        return payload.GetProperty("kpiSnapshot");
    }

    private async Task<string> DealAsync(string account, decimal amount)
    {
        var created = await Client.MutateAsync("createOpportunity", "opportunity { id version }",
            new { accountId = Known.Id(account), name = $"Deal {amount}", amount });
        return created.At("opportunity.id").GetString()!;
    }

    private Task<JsonElement> CloseAsync(string id, bool won) =>
        Client.MutateAsync("closeOpportunity", "opportunity { status }",
            new { id, won, version = 1, lossReason = won ? null : "Price" });

    [Fact]
    public async Task A_snapshot_counts_tiers_revenue_deals_and_forecast_as_the_book_stands()
    {
        // November: one deal won (300,000), one lost, one open (50,000); the company target is 600,000.
        var won = await DealAsync("alpha beta Bank", 300_000m);
        var lost = await DealAsync("Delta School", 20_000m);
        await DealAsync("Alpha Industries", 50_000m);
        Assert.Empty(ErrorTypes(await CloseAsync(won, won: true)));
        Assert.Empty(ErrorTypes(await CloseAsync(lost, won: false)));
        Assert.Empty(ErrorTypes(await Client.MutateAsync("setSalesTarget", "salesTarget { amount }", new { period = "2026-11", amount = 600_000m })));

        var snapshot = await TakeAsync();
        Assert.Equal(("2026-11", 8, 3_621_000.50m), (snapshot.GetProperty("month").GetString(), snapshot.GetProperty("accounts").GetInt32(),
            snapshot.GetProperty("companyRevenue").GetDecimal()));
        var tiers = snapshot.GetProperty("tiers").EnumerateArray().ToDictionary(t => t.GetProperty("tierCode").GetString()!,
            t => (t.GetProperty("accounts").GetInt32(), t.GetProperty("revenue").GetDecimal()));
        Assert.Equal(["A1", "A2", "B1", "B2", "C"], tiers.Keys);
        Assert.Equal(8, tiers.Values.Sum(t => t.Item1));
        Assert.Equal(3_621_000.50m, tiers.Values.Sum(t => t.Item2));
        var key = tiers["A1"].Item1 + tiers["A2"].Item1 + tiers["B1"].Item1;
        var keyRevenue = tiers["A1"].Item2 + tiers["A2"].Item2 + tiers["B1"].Item2;
        // Hand-computed: the head office and the bank A1, Bravo and Echo A2 (strategic), no B1.
        Assert.Equal((4, 3_020_000.50m), (key, keyRevenue));
        Assert.Equal((key, keyRevenue), (snapshot.GetProperty("keyAccounts").GetInt32(), snapshot.GetProperty("keyAccountRevenue").GetDecimal()));
        Assert.Equal((double)(keyRevenue / 3_621_000.50m), snapshot.GetProperty("keyAccountRevenueShare").GetDouble(), 9);
        // Won 1 of 2 closed; open: the 50,000 deal; forecast = won 300,000 (no commit) of the 600,000 target.
        Assert.Equal((0.5, 50_000m, 300_000m, 600_000m, 0.5), (snapshot.GetProperty("winRate").GetDouble(), snapshot.GetProperty("pipeline").GetDecimal(),
            snapshot.GetProperty("won").GetDecimal(), snapshot.GetProperty("target").GetDecimal(), snapshot.GetProperty("forecastAttainment").GetDouble()));
        // Taken again in the month, it replaces the first: one snapshot of November.
        await TakeAsync();
        Assert.Single((await Client.DataAsync("{ kpiHistory { month } }")).GetProperty("kpiHistory").EnumerateArray());
    }

    [Fact]
    public async Task The_migration_matrix_follows_the_tier_history_and_the_job_takes_each_month_once()
    {
        // December: the bank's November revenue falls to 100,000 (B1, see RevenueHistoryTests) after November ended A1.
        Factory.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Empty(ErrorTypes(await Client.MutateAsync("recordRevenue", "revenueRecord { month }",
            new { accountId = Known.Id("alpha beta Bank"), month = "2026-12", revenue = 100_000m, itRevenue = 90_000.05m })));
        var matrix = (await Li.DataAsync("""{ tierMigration(from: "2026-11", to: "2026-12") { from to tiers cells { fromTier toTier accounts } } }"""))
            .GetProperty("tierMigration");
        var cells = matrix.GetProperty("cells").EnumerateArray()
            .Select(c => (c.GetProperty("fromTier").GetString(), c.GetProperty("toTier").GetString()!, c.GetProperty("accounts").GetInt32())).ToList();
        Assert.Contains(("A1", "B1", 1), cells);
        Assert.Equal(7, cells.Where(c => c.Item1 == c.Item2).Sum(c => c.Item3));
        Assert.Equal(8, cells.Sum(c => c.Item3));

        // The director's snapshot taken now has the move; the job's (taken when the clock entered December, perhaps before
        // the move) is replaced by it, and the job takes no other.
        Assert.Contains(("A1", "B1", 1), (await TakeAsync()).GetProperty("migrations").EnumerateArray()
            .Select(c => (c.GetProperty("fromTier").GetString(), c.GetProperty("toTier").GetString()!, c.GetProperty("accounts").GetInt32())));
        var job = Factory.Services.GetRequiredService<KpiSnapshotJob>();
        await Task.Run(() => job.TakeMissingAsync(CancellationToken.None));
        Assert.Equal(0, await Task.Run(() => job.TakeMissingAsync(CancellationToken.None)));
        var history = await Li.DataAsync("""
            { kpiHistory(from: "2026-11") { month migrations { fromTier toTier accounts } }
              stars: kpiHistory(policy: "icbc-stars", groupBy: QUARTER) { month } }
            """);
        var december = Assert.Single(history.GetProperty("kpiHistory").EnumerateArray());
        Assert.Equal("2026-12", december.GetProperty("month").GetString());
        Assert.Contains(december.GetProperty("migrations").EnumerateArray(),
            c => c.GetProperty("fromTier").GetString() == "A1" && c.GetProperty("toTier").GetString() == "B1");
        Assert.Equal("2026-12", Assert.Single(history.GetProperty("stars").EnumerateArray()).GetProperty("month").GetString());
    }

    [Fact]
    public async Task The_annual_review_compares_the_year_with_the_last_and_its_targets()
    {
        var won = await DealAsync("alpha beta Bank", 300_000m);
        Assert.Empty(ErrorTypes(await CloseAsync(won, won: true)));
        var other = await DealAsync("Delta School", 20_000m);
        Assert.Empty(ErrorTypes(await CloseAsync(other, won: true)));
        Assert.Empty(ErrorTypes(await Client.MutateAsync("setSalesTarget", "salesTarget { amount }", new { period = "2026", amount = 1_600_000m })));
        var review = (await Client.DataAsync("""
            { annualReview(year: 2026) { year yearEnd { keyAccounts } yearBefore { keyAccounts } keyAccountGrowth newKeyAccounts
                keyDealsWon keyDealsWonAmount won salesTarget salesAttainment } }
            """)).GetProperty("annualReview");
        var keyAccounts = review.At("yearEnd.keyAccounts").GetInt32();
        // Every account was graded this year (the book was seeded on the test's day), so every key account is new.
        Assert.Equal(keyAccounts, review.GetProperty("newKeyAccounts").GetInt32());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("yearBefore").ValueKind);
        Assert.Equal(JsonValueKind.Null, review.GetProperty("keyAccountGrowth").ValueKind);
        // The bank (A1) is key; Delta School is not: one project won with a key account.
        Assert.Equal((1, 300_000m, 320_000m, 1_600_000m, 0.2), (review.GetProperty("keyDealsWon").GetInt32(),
            review.GetProperty("keyDealsWonAmount").GetDecimal(), review.GetProperty("won").GetDecimal(),
            review.GetProperty("salesTarget").GetDecimal(), review.GetProperty("salesAttainment").GetDouble()));
    }

    [Fact]
    public async Task Partners_read_no_kpi_staff_do_not_take_them_and_bad_arguments_are_refused()
    {
        var distributor = (await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "KPI Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" })).At("distributor.id").GetString()!;
        var partner = Factory.Logins.ClientAs(Roles.Partner, GlobalId.ParseKey(distributor, "Distributor"));
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await partner.PostAsync("{ kpiHistory { month } }")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await partner.PostAsync("""{ tierMigration(from: "2026-10", to: "2026-11") { tiers } }""")).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await partner.PostAsync("{ annualReview(year: 2026) { year } }")).ErrorCodes);
        var taken = await Li.PostAsync("mutation { takeKpiSnapshot(input: {}) { errors { __typename } } }");
        Assert.Contains("AUTH_NOT_AUTHORIZED", taken.ErrorCodes);
        Assert.Empty((await Li.DataAsync("{ kpiHistory { month } }")).GetProperty("kpiHistory").EnumerateArray());

        Assert.Equal(["INVALID_MONTH"], (await Client.PostAsync("""{ kpiHistory(from: "2026-13") { month } }""")).ErrorCodes);
        Assert.Equal(["INVALID_MONTH_RANGE"], (await Client.PostAsync("""{ tierMigration(from: "2026-11", to: "2027-01") { tiers } }""")).ErrorCodes);
        Assert.Equal(["OUT_OF_RANGE"], (await Client.PostAsync("{ annualReview(year: 2027) { year } }")).ErrorCodes);
        Assert.Equal(["TIER_POLICY_NOT_FOUND"], (await Client.PostAsync("""{ kpiHistory(policy: "nope") { month } }""")).ErrorCodes);
        var missing = await Client.MutateAsync("takeKpiSnapshot", "kpiSnapshot { month }", new { policy = "nope" });
        Assert.Equal("TIER_POLICY_NOT_FOUND", missing.GetProperty("errors")[0].GetProperty("code").GetString());
    }
}
