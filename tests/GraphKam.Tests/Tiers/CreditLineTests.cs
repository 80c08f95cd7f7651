using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Tiers;

/// <summary>
/// Credit lines from the default policy's tiers (China Mobile: A1 5,000,000 yuan and 15 %, A2 2,000,000 and 10 %,
/// B1 800,000 and 5 %, B2 200,000 and 2 %, C none). On the known dataset alpha beta Bank is A1, Alpha Industries C.
/// </summary>
public sealed class CreditLineTests : KnownDataTest
{
    private const string Selection = """
        opportunity { id amount version }
        warnings { __typename ... on Error { code } ... on CreditLineExceededWarning { tierCode limit remaining amount } }
        """;

    private Task<JsonElement> CreateDealAsync(string account, decimal amount, GraphQLClient? client = null) =>
        (client ?? Client).MutateAsync("createOpportunity", Selection, new { accountId = Known.Id(account), name = $"Deal {amount}", amount });

    private async Task<JsonElement?> LineAsync(string account)
    {
        var data = await Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Account { creditLine { tierCode limit used remaining feeDiscountPercent } } } }
            """, new { id = Known.Id(account) });
        var line = data.At("node.creditLine");
        return line.ValueKind == JsonValueKind.Null ? null : line;
    }

    private static (string, decimal, decimal, decimal) Warning(JsonElement payload)
    {
        var warning = payload.GetProperty("warnings").EnumerateArray().Single();
        Assert.Equal(("CreditLineExceededWarning", "CREDIT_LINE_EXCEEDED"),
            (warning.GetProperty("__typename").GetString(), warning.GetProperty("code").GetString()));
        return (warning.GetProperty("tierCode").GetString()!, warning.GetProperty("limit").GetDecimal(),
            warning.GetProperty("remaining").GetDecimal(), warning.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_deal_within_the_line_is_quiet_and_one_beyond_it_is_saved_with_a_warning()
    {
        var line = (await LineAsync("alpha beta Bank"))!.Value;
        Assert.Equal(("A1", 5_000_000m, 0m, 5_000_000m, 15.0), (line.GetProperty("tierCode").GetString(), line.GetProperty("limit").GetDecimal(),
            line.GetProperty("used").GetDecimal(), line.GetProperty("remaining").GetDecimal(), line.GetProperty("feeDiscountPercent").GetDouble()));

        // 3,000,000 of 5,000,000: within the line, no warning.
        var first = await CreateDealAsync("alpha beta Bank", 3_000_000m);
        Assert.Empty(ErrorTypes(first));
        Assert.Equal(0, first.GetProperty("warnings").GetArrayLength());
        // 2,500,000 more: 2,000,000 remain, so the deal is saved and warned about.
        var second = await CreateDealAsync("alpha beta Bank", 2_500_000m);
        Assert.Empty(ErrorTypes(second));
        Assert.Equal(("A1", 5_000_000m, 2_000_000m, 2_500_000m), Warning(second));
        Assert.Equal(JsonValueKind.String, second.At("opportunity.id").ValueKind);
        line = (await LineAsync("alpha beta Bank"))!.Value;
        Assert.Equal((5_500_000m, 0m), (line.GetProperty("used").GetDecimal(), line.GetProperty("remaining").GetDecimal()));

        // Raising the first deal to 3,100,000: the other open deal leaves 2,500,000, so it warns; the change is saved.
        var id = first.At("opportunity.id").GetString();
        var raised = await Client.MutateAsync("updateOpportunity", Selection, new { id, version = 1, amount = 3_100_000m });
        Assert.Equal(("A1", 5_000_000m, 2_500_000m, 3_100_000m), Warning(raised));
        Assert.Equal((3_100_000m, 2), (raised.At("opportunity.amount").GetDecimal(), raised.At("opportunity.version").GetInt32()));
        // Lowered to 2,500,000 it fits exactly; a rename does not check the amount again.
        Assert.Equal(0, (await Client.MutateAsync("updateOpportunity", Selection, new { id, version = 2, amount = 2_500_000m }))
            .GetProperty("warnings").GetArrayLength());
        Assert.Equal(0, (await Client.MutateAsync("updateOpportunity", Selection, new { id = second.At("opportunity.id").GetString(), version = 1, name = "Renamed" }))
            .GetProperty("warnings").GetArrayLength());

        // A closed deal no longer takes from the line.
        await Client.MutateAsync("closeOpportunity", "opportunity { id }", new { id = second.At("opportunity.id").GetString(), won = false, lossReason = "price", version = 2 });
        Assert.Equal(2_500_000m, (await LineAsync("alpha beta Bank"))!.Value.GetProperty("remaining").GetDecimal());

        // Reopened, it takes from the line again: with a third deal of 1,000,000, only 1,500,000 remain for its 2,500,000.
        Assert.Equal(0, (await CreateDealAsync("alpha beta Bank", 1_000_000m)).GetProperty("warnings").GetArrayLength());
        var reopened = await Client.MutateAsync("reopenOpportunity", Selection, new { id = second.At("opportunity.id").GetString(), version = 3 });
        Assert.Empty(ErrorTypes(reopened));
        Assert.Equal(("A1", 5_000_000m, 1_500_000m, 2_500_000m), Warning(reopened));
    }

    [Fact]
    public async Task An_account_whose_tier_grants_no_line_has_none_and_gets_no_warning()
    {
        Assert.Null(await LineAsync("Alpha Industries"));
        var deal = await CreateDealAsync("Alpha Industries", 900_000_000m);
        Assert.Empty(ErrorTypes(deal));
        Assert.Equal(0, deal.GetProperty("warnings").GetArrayLength());
        // Bravo Éclair Power is strategic, so at least A2: 2,000,000 yuan and 10 %.
        var bravo = (await LineAsync("Bravo Éclair Power"))!.Value;
        Assert.Equal(("A2", 2_000_000m, 10.0), (bravo.GetProperty("tierCode").GetString(), bravo.GetProperty("limit").GetDecimal(),
            bravo.GetProperty("feeDiscountPercent").GetDouble()));
    }

    [Fact]
    public async Task Partners_see_no_credit_line_and_get_no_warning()
    {
        var created = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Credit Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var distributor = created.At("distributor.id").GetString()!;
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }", new { accountId = Known.Id("alpha beta Bank"), distributorId = distributor });
        var partner = Factory.Logins.ClientAs(Roles.Partner, GlobalId.ParseKey(distributor, "Distributor"));
        var read = await partner.PostAsync("query($id: ID!) { node(id: $id) { ... on Account { creditLine { limit } } } }", new { id = Known.Id("alpha beta Bank") });
        Assert.Contains("AUTH_NOT_AUTHORIZED", read.ErrorCodes);
        var deal = await partner.MutateAsync("createOpportunity", Selection,
            new { accountId = Known.Id("alpha beta Bank"), name = "Channel deal", amount = 9_000_000m, route = "CHANNEL", distributorId = distributor });
        Assert.Empty(ErrorTypes(deal));
        Assert.Equal(0, deal.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task Tier_policies_carry_the_limits_and_refuse_impossible_ones()
    {
        var policy = await Client.DataAsync("{ tierPolicy(key: \"icbc-stars\") { id version tiers { code creditLimit feeDiscountPercent } } }");
        var tiers = policy.At("tierPolicy.tiers").EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!);
        Assert.Equal((1_000_000m, 50.0), (tiers["7"].GetProperty("creditLimit").GetDecimal(), tiers["7"].GetProperty("feeDiscountPercent").GetDouble()));
        Assert.Equal((JsonValueKind.Null, 10.0), (tiers["4"].GetProperty("creditLimit").ValueKind, tiers["4"].GetProperty("feeDiscountPercent").GetDouble()));

        var id = policy.At("tierPolicy.id").GetString();
        object Tiers(decimal? limit, double? discount) => new[]
        {
            new { code = "T1", name = "Top", minScore = 100.0, visitIntervalDays = 30, responseHours = 4, reviewIntervalDays = 90, creditLimit = limit, feeDiscountPercent = discount },
            new { code = "T2", name = "Rest", minScore = 0.0, visitIntervalDays = 90, responseHours = 24, reviewIntervalDays = 180, creditLimit = (decimal?)null, feeDiscountPercent = (double?)null },
        };
        const string Back = "tierPolicy { version tiers { code creditLimit feeDiscountPercent } }";
        Assert.Equal(["INVALID_TIER"], (await Client.MutateAsync("updateTierPolicy", Back, new { id, version = 1, tiers = Tiers(-1m, 5) }))
            .GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList());
        Assert.Equal(["INVALID_TIER"], (await Client.MutateAsync("updateTierPolicy", Back, new { id, version = 1, tiers = Tiers(1m, 100.5) }))
            .GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList());
        var saved = await Client.MutateAsync("updateTierPolicy", Back, new { id, version = 1, tiers = Tiers(123_456.789m, 12.5) });
        Assert.Empty(ErrorTypes(saved));
        var top = saved.At("tierPolicy.tiers")[0];
        Assert.Equal((123_456.79m, 12.5), (top.GetProperty("creditLimit").GetDecimal(), top.GetProperty("feeDiscountPercent").GetDouble()));
    }
}
