using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

/// <summary>Why an account has its tier: the score's parts, the rule that lifted it, and a manual override.</summary>
public sealed record TierExplanation(TierPolicy Policy, TierScore Score, AccountTier Assignment)
{
    public Tier? TierInForce => Policy.Tiers.FirstOrDefault(t => t.Code == Assignment.TierCode);
}

public sealed class TierExplanationType : ObjectType<TierExplanation>
{
    public TierExplanationType()
    {
        Name = "TierExplanation";
        Description = "How an account's tier came about in one policy.";
        Field<NonNullGraphType<TierPolicyType>>("policy").Description("The policy.").Resolve(c => c.Source.Policy);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The value score: the sum of the contributions.").Resolve(c => c.Source.Score.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricContributionType>>>>("contributions").Description("Each metric's part of the score.").Resolve(c => c.Source.Score.Contributions);
        Field<NonNullGraphType<TierType>>("scoredTier").Description("The tier the score alone earns.").Resolve(c => c.Source.Score.ComputedTier);
        Field<TierOverrideRuleType>("appliedRule").Description("The policy rule that lifted the tier, if any.").Resolve(c => c.Source.Score.AppliedRule);
        Field<TierOverrideType>("manualOverride").Description("The manual override in force, if any.").Resolve(c => c.Source.Assignment.OverrideTierCode == null ? null : c.Source);
        Field<TierType>("tier").Description("The tier in force.").Resolve(c => c.Source.TierInForce);
    }
}

public sealed class MetricContributionType : ObjectType<MetricContribution>
{
    public MetricContributionType()
    {
        Name = "MetricContribution";
        Description = "One metric's part of a value score.";
        Field<NonNullGraphType<TierMetricType>>("metric").Description("The metric.").Resolve(c => c.Source.Metric);
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("The account's value of the measure.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("points").Description("The points it adds.").Resolve(c => c.Source.Points);
        Field<NonNullGraphType<BooleanGraphType>>("capped").Description("Whether the metric's cap limited the points.").Resolve(c => c.Source.Capped);
    }
}

public sealed class TierOverrideType : ObjectType<TierExplanation>
{
    public TierOverrideType()
    {
        Name = "TierOverride";
        Description = "A tier set by hand, in force until it expires or is cleared.";
        Field<NonNullGraphType<TierType>>("tier").Description("The tier set.").Resolve(c => c.Source.TierInForce);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why it was set.").Resolve(c => c.Source.Assignment.OverrideReason);
        Field<DateTimeGraphType>("expiresAt").Description("When it ends; null: until cleared.").Resolve(c => c.Source.Assignment.OverrideExpiresAt);
        Field<NonNullGraphType<StringGraphType>>("setBy").Description("Who set it.").ResolveActor(o => o.Assignment.OverrideSetBy);
        Field<NonNullGraphType<DateTimeGraphType>>("setAt").Description("When it was set (UTC).").Resolve(c => c.Source.Assignment.OverrideSetAt);
    }
}
