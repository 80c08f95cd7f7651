using GraphKam.Server.Data;
using GraphKam.Server.Tiers;

namespace GraphKam.Tests.Tiers;

/// <summary>Hand-computed scores for both seeded policies.</summary>
public sealed class TierScoringTests
{
    private static readonly TierPolicy ChinaMobile = TierPolicySeed.ChinaMobile(DateTime.UtcNow);
    private static readonly TierPolicy Icbc = TierPolicySeed.IcbcStars(DateTime.UtcNow);

    private static AccountFacts Facts(int employees = 0, decimal revenue = 0, decimal itRevenue = 0, int products = 0, bool strategic = false,
        Industry industry = Industry.Enterprise, AccountScale scale = AccountScale.Large, Dictionary<string, decimal>? measures = null) =>
        new(employees, revenue, itRevenue, products, strategic, industry, scale, measures ?? []);

    [Fact]
    public void China_mobile_normalises_each_metric_to_its_weight()
    {
        // revenue 500,000 of 1,000,000 → 35 × 0.5 = 17.5; IT 150,000 of 300,000 → 30 × 0.5 = 15;
        // employees 2,000 of 10,000 → 20 × 0.2 = 4; products 10 of 20 → 15 × 0.5 = 7.5; total 44 → B1 (30 ≤ 44 < 50)
        var score = TierScoring.Score(ChinaMobile, Facts(employees: 2_000, revenue: 500_000, itRevenue: 150_000, products: 10));
        Assert.Equal(44, score.Score);
        Assert.Equal([17.5, 15, 4, 7.5], score.Contributions.Select(c => c.Points));
        Assert.Equal("B1", score.ComputedTier.Code);
        Assert.Equal("B1", score.Tier.Code);
        Assert.Null(score.AppliedRule);
    }

    [Fact]
    public void A_strategic_account_is_lifted_to_at_least_A2()
    {
        var score = TierScoring.Score(ChinaMobile, Facts(employees: 2_000, revenue: 500_000, itRevenue: 150_000, products: 10, strategic: true));
        Assert.Equal("B1", score.ComputedTier.Code);
        Assert.Equal("A2", score.Tier.Code);
        Assert.Equal("A2", score.AppliedRule?.AtLeastTier);
    }

    [Fact]
    public void A_rule_never_lowers_a_tier()
    {
        var score = TierScoring.Score(ChinaMobile, Facts(employees: 50_000, revenue: 2_000_000, itRevenue: 300_000, products: 25, strategic: true));
        Assert.Equal(100, score.Score); // every metric at its full weight: values beyond normaliseAt add nothing
        Assert.Equal("A1", score.Tier.Code);
        Assert.Null(score.AppliedRule);
    }

    [Theory]
    [InlineData(2_500, 70.0, "A1")]  // 35 + 30 + 5 = 70: exactly A1's minimum
    [InlineData(2_499, 69.998, "A2")]  // 20 × 0.2499 = 4.998
    public void A_score_on_a_threshold_reaches_that_tier(int employees, double expected, string tier)
    {
        var score = TierScoring.Score(ChinaMobile, Facts(employees: employees, revenue: 1_000_000, itRevenue: 300_000));
        Assert.Equal(expected, score.Score);
        Assert.Equal(tier, score.Tier.Code);
    }

    [Fact]
    public void Nothing_scores_zero_and_gets_the_lowest_tier() =>
        Assert.Equal("C", TierScoring.Score(ChinaMobile, Facts()).Tier.Code);

    [Fact]
    public void Icbc_counts_star_points_per_full_ten_thousand_yuan()
    {
        // investment 123,456 → 12 × 200 = 2,400; card 25,000 → 2 × 400 = 800; settlement 9,999 → 0; total 3,200 → 3 stars
        var small = TierScoring.Score(Icbc, Facts(measures: new() { ["investmentVolume"] = 123_456, ["cardSpend"] = 25_000, ["settlementVolume"] = 9_999 }));
        Assert.Equal(3_200, small.Score);
        Assert.Equal([2_400, 800, 0], small.Contributions.Select(c => c.Points));
        Assert.Equal("3", small.Tier.Code);

        // investment 5,000,000 → 100,000; card 1,000,000 → 40,000; settlement 8,000,000 → 160,000; total 300,000 → 6 stars exactly
        var large = TierScoring.Score(Icbc, Facts(measures: new() { ["investmentVolume"] = 5_000_000, ["cardSpend"] = 1_000_000, ["settlementVolume"] = 8_000_000 }));
        Assert.Equal(300_000, large.Score);
        Assert.Equal("6", large.Tier.Code);
    }

    [Fact]
    public void Icbc_ignores_the_built_in_metrics_and_missing_measures_count_zero() =>
        Assert.Equal(0, TierScoring.Score(Icbc, Facts(employees: 100_000, revenue: 9_000_000)).Score);

    [Fact]
    public void A_cap_limits_a_metric()
    {
        var capped = TierScoring.Contribute(new TierMetric("cardSpend", "Card", Weight: 400, UnitSize: 10_000, Cap: 1_000), 100_000);
        Assert.Equal(1_000, capped.Points); // 10 units × 400 = 4,000, capped at 1,000
        Assert.True(capped.Capped);
        Assert.False(TierScoring.Contribute(new TierMetric("cardSpend", "Card", 400, UnitSize: 10_000, Cap: 1_000), 20_000).Capped);
    }

    [Fact]
    public void Rules_can_match_on_industry_and_scale_together()
    {
        var policy = TierPolicySeed.ChinaMobile(DateTime.UtcNow);
        policy.Overrides = [new TierOverrideRule("B1", Industry: Industry.Government, Scale: AccountScale.Sme)];
        Assert.Equal("B1", TierScoring.Score(policy, Facts(industry: Industry.Government, scale: AccountScale.Sme)).Tier.Code);
        Assert.Equal("C", TierScoring.Score(policy, Facts(industry: Industry.Government, scale: AccountScale.Large)).Tier.Code);
    }
}
