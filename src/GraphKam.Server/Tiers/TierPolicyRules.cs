using System.Text.RegularExpressions;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Tiers;

/// <summary>What makes a tier policy valid; a plain function over the policy as it would be saved.</summary>
public static partial class TierPolicyRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex KeyPattern();

    public static List<MutationError> Validate(TierPolicy policy)
    {
        var errors = new List<MutationError>();
        if (!KeyPattern().IsMatch(policy.Key)) errors.Add(new InvalidPolicyKeyError(policy.Key));
        if (string.IsNullOrWhiteSpace(policy.Name)) errors.Add(new RequiredValueError("name"));
        else if (policy.Name.Length > 200) errors.Add(new TooLongError("name", 200));
        errors.AddRange(ValidateMetrics(policy.Metrics));
        errors.AddRange(ValidateTiers(policy.Tiers));
        var codes = policy.Tiers.Select(t => t.Code).ToHashSet();
        errors.AddRange(policy.Overrides.Where(o => !codes.Contains(o.AtLeastTier)).Select(o => new UnknownOverrideTierError(o.AtLeastTier)));
        return errors;
    }

    private static IEnumerable<MutationError> ValidateMetrics(IReadOnlyList<TierMetric> metrics)
    {
        foreach (var metric in metrics.GroupBy(m => m.Measure).Where(g => g.Count() > 1))
            yield return new InvalidMetricError(metric.Key, "is scored more than once.");
        foreach (var metric in metrics)
        {
            var problem = metric switch
            {
                _ when !AccountMeasures.BuiltIn.Contains(metric.Measure) && !AccountMeasures.IsValidKey(metric.Measure) => "is neither a built-in metric nor a valid measure name.",
                _ when !double.IsFinite(metric.Weight) || metric.Weight < 0 => "the weight must be a finite number, 0 or more.",
                { UnitSize: not null, NormaliseAt: not null } => "give either unitSize (points per unit) or normaliseAt (normalised), not both.",
                { UnitSize: { } unit } when !double.IsFinite(unit) || unit <= 0 => "unitSize must be a finite number above 0.",
                { NormaliseAt: { } full } when !double.IsFinite(full) || full <= 0 => "normaliseAt must be a finite number above 0.",
                { Cap: { } cap } when !double.IsFinite(cap) || cap < 0 => "cap must be a finite number, 0 or more.",
                _ when string.IsNullOrWhiteSpace(metric.Label) => "needs a label.",
                _ => null,
            };
            if (problem != null) yield return new InvalidMetricError(metric.Measure, problem);
        }
    }

    /// <summary>Tiers are listed best first (rank = position) with strictly falling minimum scores.</summary>
    private static IEnumerable<MutationError> ValidateTiers(List<Tier> tiers)
    {
        if (tiers.Count == 0) yield return new NoTiersError();
        foreach (var code in tiers.GroupBy(t => t.Code).Where(g => g.Count() > 1)) yield return new DuplicateTierCodeError(code.Key);
        var ordered = tiers.OrderBy(t => t.Rank).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (!(ordered[i].MinScore < ordered[i - 1].MinScore)) yield return new TierThresholdsNotOrderedError(ordered[i].Code);
        foreach (var tier in tiers)
        {
            var problem = tier switch
            {
                _ when string.IsNullOrWhiteSpace(tier.Code) || tier.Code.Length > 20 => "the code must have 1 to 20 characters.",
                _ when string.IsNullOrWhiteSpace(tier.Name) => "needs a name.",
                _ when !double.IsFinite(tier.MinScore) => "the minimum score must be a finite number.",
                _ when tier.VisitIntervalDays <= 0 || tier.ReviewIntervalDays <= 0 || tier.ResponseHours <= 0 => "visit and review intervals and response hours must be above 0.",
                _ when tier.Resolution is { } r && Math.Min(Math.Min(r.Critical, r.High), Math.Min(r.Medium, r.Low)) <= 0 =>
                    "resolution hours must be above 0.",
                { CreditLimit: { } limit } when limit is < 0 or > Money.Max => $"the credit limit must be from 0 to {Money.Max:0} yuan.",
                { FeeDiscountPercent: { } discount } when !double.IsFinite(discount) || discount is < 0 or > 100 =>
                    "the fee discount must be from 0 to 100 percent.",
                _ => null,
            };
            if (problem != null) yield return new InvalidTierError(tier.Code, problem);
        }
    }
}
