using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Revenue;

/// <summary>Recording months, the account's figures and tiers following them, history and trend, and who may.</summary>
public sealed class RevenueHistoryTests : RevenueTestBase
{
    [Fact]
    public async Task The_latest_month_becomes_the_accounts_revenue_and_regrades_it()
    {
        Assert.Equal((900_000.50m, 90_000.05m, "A1", 1), await AccountAsync("alpha beta Bank"));
        // An older month first: the latest recorded month is what counts, whichever came first.
        Assert.Empty(ErrorTypes(await RecordAsync("alpha beta Bank", "2026-10", 800_000m, 90_000.05m, Li)));
        Assert.Equal((800_000m, 90_000.05m, "A1", 2), await AccountAsync("alpha beta Bank"));
        // November: 100,000 of 1,000,000 × 35 = 3.5 instead of 28; 75.5 − 31.5 + 3.5 = 47.5 points: B1 (≥ 30, < 50).
        var november = await RecordAsync("alpha beta Bank", "2026-11", 100_000m, 90_000.05m, Li);
        Assert.Empty(ErrorTypes(november));
        Assert.Equal(("2026-11", 100_000m, 1), (november.At("revenueRecord.month").GetString(),
            november.At("revenueRecord.revenue").GetDecimal(), november.At("revenueRecord.version").GetInt32()));
        Assert.Equal((100_000m, 90_000.05m, "B1", 3), await AccountAsync("alpha beta Bank"));
        // Recording October again corrects it and does not move the account (November is still the latest).
        var corrected = await RecordAsync("alpha beta Bank", "2026-10", 850_000m, 90_000.05m, Li);
        Assert.Equal(2, corrected.At("revenueRecord.version").GetInt32());
        Assert.Equal((100_000m, 90_000.05m, "B1", 3), await AccountAsync("alpha beta Bank"));
        var history = await Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Account { tierHistory(first: 1) { nodes { toCode reason } } } } }
            """, new { id = Known.Id("alpha beta Bank") });
        var change = history.At("node.tierHistory.nodes")[0];
        Assert.Equal(("B1", "revenue history changed"), (change.GetProperty("toCode").GetString(), change.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task The_history_compares_each_month_with_the_month_and_the_year_before()
    {
        foreach (var (month, revenue) in new[] { ("2025-11", 400m), ("2026-09", 500m), ("2026-10", 0m), ("2026-11", 550m) })
            Assert.Empty(ErrorTypes(await RecordAsync("alpha beta Bank", month, revenue)));
        Assert.Empty(ErrorTypes(await RecordAsync("Bravo Éclair Power", "2026-11", 50m)));
        var data = await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) { ... on Account { revenueHistory(from: "2026-09", to: "2026-11") { month revenue monthOverMonth yearOverYear } } }
                revenueTrend(from: "2026-10") { month revenue accounts monthOverMonth yearOverYear }
            }
            """, new { id = Known.Id("alpha beta Bank") });
        var months = data.At("node.revenueHistory").EnumerateArray()
            .Select(m => (m.GetProperty("month").GetString(), m.GetProperty("revenue").GetDecimal(), Ratio(m, "monthOverMonth"), Ratio(m, "yearOverYear")))
            .ToList();
        // October after 500 is −100 %; November after 0 has nothing to grow from; on November 2025's 400 it is +37.5 %.
        Assert.Equal([("2026-09", 500m, null, null), ("2026-10", 0m, -1.0, null), ("2026-11", 550m, null, 0.375)], months);
        var trend = data.At("revenueTrend").EnumerateArray()
            .Select(m => (m.GetProperty("month").GetString(), m.GetProperty("revenue").GetDecimal(), m.GetProperty("accounts").GetInt32(),
                Ratio(m, "yearOverYear"))).ToList();
        Assert.Equal([("2026-10", 0m, 1, null), ("2026-11", 600m, 2, 0.5)], trend);
    }

    private static double? Ratio(JsonElement month, string field) =>
        month.GetProperty(field).ValueKind == JsonValueKind.Null ? null : Math.Round(month.GetProperty(field).GetDouble(), 6);

    [Fact]
    public async Task Bad_months_and_figures_are_refused_and_change_nothing()
    {
        var before = await AccountAsync("alpha beta Bank");
        Assert.Equal(["INVALID_MONTH"], Codes(await RecordAsync("alpha beta Bank", "2026-13", 1m)));
        Assert.Equal(["INVALID_MONTH"], Codes(await RecordAsync("alpha beta Bank", "2026-Q4", 1m)));
        Assert.Equal(["INVALID_MONTH"], Codes(await RecordAsync("alpha beta Bank", "1999-12", 1m)));
        Assert.Equal(["MONTH_IN_FUTURE"], Codes(await RecordAsync("alpha beta Bank", "2026-12", 1m)));
        Assert.Equal(["OUT_OF_RANGE", "OUT_OF_RANGE"], Codes(await RecordAsync("alpha beta Bank", "2026-11", -1m, -0.01m)));
        Assert.Equal(["ACCOUNT_ARCHIVED"], Codes(await RecordAsync("Zulu Archived", "2026-11", 1m)));
        Assert.Equal(before, await AccountAsync("alpha beta Bank"));
        var history = await Client.PostAsync("""{ revenueTrend(from: "2026-11", to: "2026-01") { month } }""");
        Assert.Equal(["INVALID_MONTH_RANGE"], history.ErrorCodes);
        Assert.Equal(["INVALID_MONTH"], (await Client.PostAsync("""{ revenueTrend(from: "November") { month } }""")).ErrorCodes);
    }

    [Fact]
    public async Task Revenue_figures_with_a_recorded_history_cannot_be_set_by_hand()
    {
        const string Back = "account { monthlyRevenue } errors { __typename ... on Error { code message } }";
        Assert.Empty(ErrorTypes(await RecordAsync("alpha beta Bank", "2026-11", 700_000m, 80_000m, Li)));
        var byHand = await Client.PostAsync("""
            mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { monthlyRevenue } errors { ... on Error { code message } } } }
            """, new { input = new { id = Known.Id("alpha beta Bank"), version = 2, monthlyRevenue = 1m, monthlyItRevenue = 2m, region = "North" } });
        var errors = byHand.Data.At("updateAccount.errors").EnumerateArray().ToList();
        Assert.Equal(["DERIVED_FIGURE", "DERIVED_FIGURE"], errors.Select(e => e.GetProperty("code").GetString()));
        Assert.All(errors, e => Assert.Contains("recordRevenue", e.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal((700_000m, 80_000m, "A2", 2), await AccountAsync("alpha beta Bank"));
        // Without a recorded month the figures are still the account's own to enter.
        var entered = await Client.MutateAsync("updateAccount", Back, new { id = Known.Id("Alpha Industries"), version = 1, monthlyRevenue = 12_345m });
        Assert.Equal(12_345m, entered.At("account.monthlyRevenue").GetDecimal());
    }

    private static List<string> Codes(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];

    [Fact]
    public async Task Only_the_owner_and_managers_record_and_partners_never_read_it()
    {
        var before = await AccountAsync("alpha beta Bank");
        var refused = await Zhao.PostAsync("""
            mutation($input: RecordRevenueInput!) { recordRevenue(input: $input) { errors { __typename } } }
            """, new { input = new { accountId = Known.Id("alpha beta Bank"), month = "2026-11", revenue = 5_000_000m, itRevenue = 0m } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes);
        Assert.Equal(before, await AccountAsync("alpha beta Bank"));
        Assert.Empty(ErrorTypes(await RecordAsync("Bravo Éclair Power", "2026-11", 1m, client: Zhao)));

        var distributor = (await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Revenue Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" })).At("distributor.id").GetString()!;
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }",
            new { accountId = Known.Id("alpha beta Bank"), distributorId = distributor });
        var partner = Factory.Logins.ClientAs(Roles.Partner, GlobalId.ParseKey(distributor, "Distributor"));
        var read = await partner.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on Account { name revenueHistory { month } } } revenueTrend { month } }
            """, new { id = Known.Id("alpha beta Bank") });
        Assert.Contains("AUTH_NOT_AUTHORIZED", read.ErrorCodes);
        var write = await partner.PostAsync("""
            mutation($input: RecordRevenueInput!) { recordRevenue(input: $input) { errors { __typename } } }
            """, new { input = new { accountId = Known.Id("alpha beta Bank"), month = "2026-11", revenue = 1m, itRevenue = 0m } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", write.ErrorCodes);
        Assert.Equal(before, await AccountAsync("alpha beta Bank"));
    }
}
