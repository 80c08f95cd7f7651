using GraphKam.Server.Data;

namespace GraphKam.Server.Tiers;

/// <summary>One metric's part of a score, as the explanation shows it.</summary>
public sealed record MetricContribution(TierMetric Metric, decimal Value, double Points, bool Capped);

/// <summary>A score, the tier it earns, the tier after the policy's override rules, and why.</summary>
public sealed record TierScore(double Score, Tier ComputedTier, Tier Tier, IReadOnlyList<MetricContribution> Contributions, TierOverrideRule? AppliedRule);

/// <summary>
/// Scoring as a pure function of a policy and an account's facts (value score → tier → "at least" rules), so that
/// it can be tested by hand-computed cases and run over 100,000 accounts in memory.
/// </summary>
public static class TierScoring
{
    public static TierScore Score(TierPolicy policy, AccountFacts facts)
    {
        var contributions = policy.Metrics.Select(metric => Contribute(metric, facts.Value(metric.Measure))).ToList();
        // Rounded so that floating-point noise (69.99999…) never decides a tier.
        var score = Math.Round(contributions.Sum(c => c.Points), 4);
        var computed = TierFor(policy.Tiers, score);
        var (tier, rule) = ApplyRules(policy, facts, computed);
        return new TierScore(score, computed, tier, contributions, rule);
    }

    /// <summary>
    /// Normalised metrics earn <c>weight × min(value ÷ normaliseAt, 1)</c>; the others earn <c>weight</c> per whole
    /// <c>unitSize</c> (ICBC: 400 points per full 10,000 yuan of card spending). Then at most <c>cap</c>.
    /// </summary>
    public static MetricContribution Contribute(TierMetric metric, decimal value)
    {
        var amount = Math.Max(0, (double)value);
        var points = metric.NormaliseAt is { } full
            ? metric.Weight * Math.Min(amount / full, 1)
            : metric.Weight * Math.Floor(amount / (metric.UnitSize ?? 1));
        var capped = metric.Cap is { } cap && points > cap;
        return new MetricContribution(metric, value, capped ? metric.Cap!.Value : points, capped);
    }

    /// <summary>The best tier whose minimum the score reaches; below every minimum, the lowest tier.</summary>
    public static Tier TierFor(IReadOnlyList<Tier> tiers, double score) =>
        tiers.OrderBy(t => t.Rank).FirstOrDefault(t => score >= t.MinScore) ?? tiers.MaxBy(t => t.Rank)!;

    /// <summary>Each matching rule lifts the tier to at least its tier; the strongest lift wins.</summary>
    private static (Tier Tier, TierOverrideRule? Rule) ApplyRules(TierPolicy policy, AccountFacts facts, Tier computed)
    {
        var (tier, applied) = (computed, (TierOverrideRule?)null);
        foreach (var rule in policy.Overrides.Where(rule => Matches(rule, facts)))
            if (policy.Tiers.FirstOrDefault(t => t.Code == rule.AtLeastTier) is { } floor && floor.Rank < tier.Rank)
                (tier, applied) = (floor, rule);
        return (tier, applied);
    }

    public static bool Matches(TierOverrideRule rule, AccountFacts facts) =>
        (rule.Strategic == null || rule.Strategic == facts.Strategic)
        && (rule.Industry == null || rule.Industry == facts.Industry)
        && (rule.Scale == null || rule.Scale == facts.Scale);
}
