using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;

namespace GraphKam.Tests.Tiers;

public sealed class TierPolicyRulesTests
{
    private static TierPolicy Valid() => TierPolicySeed.ChinaMobile(DateTime.UtcNow);

    private static List<Type> Errors(Action<TierPolicy> change)
    {
        var policy = Valid();
        change(policy);
        return TierPolicyRules.Validate(policy).Select(e => e.GetType()).ToList();
    }

    [Fact]
    public void The_seeded_policies_are_valid()
    {
        Assert.Empty(TierPolicyRules.Validate(Valid()));
        Assert.Empty(TierPolicyRules.Validate(TierPolicySeed.IcbcStars(DateTime.UtcNow)));
    }

    [Fact]
    public void Keys_and_names()
    {
        Assert.Equal([typeof(InvalidPolicyKeyError)], Errors(p => p.Key = "China Mobile"));
        Assert.Equal([typeof(RequiredValueError)], Errors(p => p.Name = " "));
    }

    [Fact]
    public void At_least_one_tier()
    {
        Assert.Equal([typeof(NoTiersError)], Errors(p => (p.Tiers, p.Overrides) = ([], [])));
        Assert.Equal([typeof(NoTiersError), typeof(UnknownOverrideTierError)], Errors(p => p.Tiers = [])); // the A2 rule has no tier left
    }

    [Fact]
    public void Codes_are_unique() =>
        Assert.Equal([typeof(DuplicateTierCodeError)], Errors(p => (p.Tiers[2], p.Tiers[3]) = (p.Tiers[2], p.Tiers[3] with { Code = "B1" })));

    [Fact]
    public void Thresholds_fall_strictly_from_the_best_tier()
    {
        Assert.Equal([typeof(TierThresholdsNotOrderedError)], Errors(p => p.Tiers[1] = p.Tiers[1] with { MinScore = 70 })); // equal to A1's
        Assert.Equal([typeof(TierThresholdsNotOrderedError)], Errors(p => p.Tiers[2] = p.Tiers[2] with { MinScore = 55 })); // above A2's
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Weights_are_finite_and_not_negative(double weight) =>
        Assert.Equal([typeof(InvalidMetricError)], Errors(p => p.Metrics[0] = p.Metrics[0] with { Weight = weight }));

    [Fact]
    public void Metric_shapes()
    {
        Assert.Equal([typeof(InvalidMetricError)], Errors(p => p.Metrics[0] = p.Metrics[0] with { UnitSize = 10 }));          // both forms
        Assert.Equal([typeof(InvalidMetricError)], Errors(p => p.Metrics[0] = p.Metrics[0] with { NormaliseAt = 0 }));
        Assert.Equal([typeof(InvalidMetricError)], Errors(p => p.Metrics[0] = p.Metrics[0] with { Cap = -5 }));
        Assert.Equal([typeof(InvalidMetricError)], Errors(p => p.Metrics[0] = p.Metrics[0] with { Measure = "monthly revenue" }));
        Assert.Equal([typeof(InvalidMetricError)], Errors(p => p.Metrics.Add(p.Metrics[0])));                                // scored twice
        Assert.Empty(Errors(p => p.Metrics[0] = p.Metrics[0] with { Measure = "newCustomMeasure" }));                         // a new measure is fine
    }

    [Fact]
    public void Tier_shapes()
    {
        Assert.Equal([typeof(InvalidTierError)], Errors(p => p.Tiers[4] = p.Tiers[4] with { VisitIntervalDays = 0 }));
        Assert.Equal([typeof(InvalidTierError)], Errors(p => p.Tiers[4] = p.Tiers[4] with { MinScore = double.NegativeInfinity }));
    }

    [Fact]
    public void Override_rules_name_existing_tiers() =>
        Assert.Equal([typeof(UnknownOverrideTierError)], Errors(p => p.Overrides = [new TierOverrideRule("AAA", Strategic: true)]));
}
