using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Distributors;

/// <summary>Recording scorecards (with the configured weights) and ranking partners by quarter.</summary>
public sealed class ScorecardTests : ChannelScenario
{
    private Task<JsonElement> Record(string partner, string period, decimal sales, double coverage = 80, double service = 70, double payment = 60) =>
        Client.MutateAsync("recordScorecard", "scorecard { period attainment salesScore overallScore rank }", new
        {
            distributorId = Partners[partner],
            period,
            salesAmount = sales,
            target = 10_000_000m,
            coverageScore = coverage,
            serviceScore = service,
            paymentScore = payment,
        });

    [Fact]
    public async Task Scorecards_are_computed_replaced_and_ranked()
    {
        await Partner("甲", "AUTHORIZED");
        await Partner("乙", "PROJECT");
        await Partner("丙", "GENERAL_EXCLUSIVE");
        var first = await Record("甲", "2026-Q3", 9_000_000m); // (0.4×90 + 0.2×80 + 0.2×70 + 0.2×60) = 78
        Assert.Equal((0.9, 90.0, 78.0), (first.At("scorecard.attainment").GetDouble(), first.At("scorecard.salesScore").GetDouble(), first.At("scorecard.overallScore").GetDouble()));
        await Record("乙", "2026-Q3", 12_000_000m);           // sales score capped at 100: 82
        await Record("丙", "2026-Q3", 9_000_000m);            // 78, as 甲 for now
        await Record("丙", "2026-Q2", 1_000_000m, 10, 10, 10); // another quarter does not count
        Assert.Equal(2, (await Record("丙", "2026-Q3", 9_000_000m)).At("scorecard.rank").GetInt32()); // ties share a place: 82, 78, 78
        var replaced = await Record("甲", "2026-Q3", 5_000_000m, 100, 100, 100); // 0.4×50 + 60 = 80: replaces the first figures
        Assert.Equal((80.0, 2), (replaced.At("scorecard.overallScore").GetDouble(), replaced.At("scorecard.rank").GetInt32()));

        var ranking = await Client.DataAsync("{ distributorRanking(period: \"2026-Q3\") { totalCount nodes { rank overallScore distributor { name scorecards { period } latestScorecard { period } } } } }");
        Assert.Equal(3, ranking.At("distributorRanking.totalCount").GetInt32());
        var rows = ranking.At("distributorRanking.nodes").EnumerateArray()
            .Select(n => (n.At("distributor.name").GetString(), n.GetProperty("rank").GetInt32(), n.GetProperty("overallScore").GetDouble())).ToList();
        Assert.Equal([("乙", 1, 82.0), ("甲", 2, 80.0), ("丙", 3, 78.0)], rows);
        var third = ranking.At("distributorRanking.nodes")[2].GetProperty("distributor");
        Assert.Equal(["2026-Q2", "2026-Q3"], third.GetProperty("scorecards").Strings("period"));
        Assert.Equal("2026-Q3", third.At("latestScorecard.period").GetString());

        // Filtered and reordered through the conventions; ranks stay those of the whole quarter.
        var filtered = await Client.DataAsync("{ distributorRanking(period: \"2026-Q3\", where: { distributor: { kind: { neq: PROJECT } } }, order: [{ attainment: ASC }]) { nodes { rank distributor { name } } } }");
        Assert.Equal([("甲", 2), ("丙", 3)], filtered.At("distributorRanking.nodes").EnumerateArray().Select(n => (n.At("distributor.name").GetString(), n.GetProperty("rank").GetInt32())));
    }

    [Fact]
    public async Task Bad_figures_and_periods_are_refused()
    {
        await Partner("甲", "AUTHORIZED");
        Assert.Equal(["InvalidQuarterError", "OutOfRangeError", "OutOfRangeError"], ErrorTypes(await Client.MutateAsync("recordScorecard", "scorecard { period }", new
        {
            distributorId = Partners["甲"],
            period = "2026-11",
            salesAmount = -1m,
            target = 10m,
            coverageScore = 50,
            serviceScore = 101,
            paymentScore = 50,
        })));
        Assert.Equal(["DistributorNotFoundError"], ErrorTypes(await Client.MutateAsync("recordScorecard", "scorecard { period }", new
        {
            distributorId = "RGlzdHJpYnV0b3I6OTk5",
            period = "2026-Q1",
            salesAmount = 1m,
            target = 10m,
            coverageScore = 50,
            serviceScore = 50,
            paymentScore = 50,
        })));
        var response = await Client.PostAsync("{ distributorRanking(period: \"2026-Q5\") { totalCount } }");
        Assert.Equal(["INVALID_PERIOD"], response.ErrorCodes);
    }
}
