using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed class TierPolicyType : NodeGraphType<TierPolicy>
{
    public TierPolicyType() : base("TierPolicy", "A tier policy: how accounts are scored and graded, and the service each grade earns.")
    {
        Field(p => p.Key).Description("The policy's stable key, e.g. `china-mobile`; pass it as `policy:` arguments.");
        Field(p => p.Name).Description("The policy's name.");
        Field(p => p.Description).Description("What the policy is for and how it scores.");
        Field(p => p.IsDefault).Description("Whether this is the default policy (exactly one is): used when a `policy:` argument is omitted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierMetricType>>>>("metrics").Description("What the score is made of.").Resolve(c => c.Source.Metrics);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierType>>>>("tiers").Description("The tiers, best first.").Resolve(c => c.Source.Tiers.OrderBy(t => t.Rank));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierOverrideRuleType>>>>("overrides").Description("Rules that lift matching accounts to at least a given tier.").Resolve(c => c.Source.Overrides);
        Field(p => p.CreatedAt).Description("When the policy was created (UTC).");
        Field(p => p.UpdatedAt).Description("When the policy last changed (UTC).");
        Field(p => p.Version).Description("Changes with every update; send it back with `updateTierPolicy`.");
    }
}

public sealed class TierMetricType : ObjectType<TierMetric>
{
    public TierMetricType()
    {
        Name = "TierMetric";
        Description = "One part of a value score. With `normaliseAt`: weight × min(value ÷ normaliseAt, 1). Otherwise: weight points per whole `unitSize` of the value. Then at most `cap`.";
        Field(m => m.Measure).Description("The measure scored: employees, monthlyRevenue, monthlyItRevenue, productsInUse, or a named measure of the account.");
        Field(m => m.Label).Description("What the measure is, for people.");
        Field(m => m.Weight).Description("Full points (normalised) or points per unit.");
        Field(m => m.UnitSize, nullable: true).Description("The unit points are counted per (e.g. 10,000 yuan); 1 when not set.");
        Field(m => m.NormaliseAt, nullable: true).Description("The value that earns the full weight.");
        Field(m => m.Cap, nullable: true).Description("The most points this metric can add.");
    }
}

public sealed class TierType : ObjectType<Tier>
{
    public TierType()
    {
        Name = "Tier";
        Description = "A grade of a tier policy, such as A1 or 7 stars.";
        Field(t => t.Code).Description("The tier's code, e.g. `A1`; filter with `tier: { code: { in: [...] } }`.");
        Field(t => t.Name).Description("The tier's name.");
        Field(t => t.Rank).Description("1 for the best tier, then 2, 3…; sort with `order: [{ tier: { rank: ASC } }]`.");
        Field(t => t.MinScore).Description("The value score this tier starts at.");
        Field(t => t.CreditLimit, type: typeof(DecimalGraphType))
            .Description("The credit line accounts in this tier get, in yuan; null when the tier grants none (see `Account.creditLine`).");
        Field(t => t.FeeDiscountPercent, nullable: true).Description("The fee discount accounts in this tier get, in percent; null when none.");
        Field<NonNullGraphType<ServiceStandardType>>("serviceStandard").Description("The service accounts in this tier get.").Resolve(c => c.Source);
    }
}

public sealed class ServiceStandardType : ObjectType<Tier>
{
    public ServiceStandardType()
    {
        Name = "ServiceStandard";
        Description = "The service a tier earns (分层分级服务标准).";
        Field(t => t.VisitIntervalDays).Description("Visit the account at least every this many days.");
        Field(t => t.ResponseHours).Description("Respond to the account's requests within this many hours.");
        Field(t => t.DedicatedManager).Description("Whether the account has a dedicated account manager.");
        Field(t => t.ReviewIntervalDays).Description("Review the relationship every this many days.");
        Field<NonNullGraphType<ResolutionHoursType>>("resolutionHours")
            .Description("Resolve the account's service cases within this many hours, by severity.").Resolve(c => c.Source.ResolutionTargets());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("benefits").Description("What else the tier brings.").Resolve(c => c.Source.Benefits);
    }
}

public sealed class ResolutionHoursType : ObjectType<ResolutionHours>
{
    public ResolutionHoursType()
    {
        Name = "ResolutionHours";
        Description = "Hours to resolve a service case, by severity.";
        Field(r => r.Critical).Description("A critical case.");
        Field(r => r.High).Description("A high-severity case.");
        Field(r => r.Medium).Description("A medium-severity case.");
        Field(r => r.Low).Description("A low-severity case.");
    }
}

public sealed class TierOverrideRuleType : ObjectType<TierOverrideRule>
{
    public TierOverrideRuleType()
    {
        Name = "TierOverrideRule";
        Description = "Accounts matching every given condition get at least `atLeastTier`, e.g. strategic ⇒ at least A2.";
        Field(r => r.AtLeastTier).Description("The lowest tier matching accounts can have.");
        Field(r => r.Strategic, nullable: true).Description("Matches accounts with this strategic designation.");
        Field<IndustryType>("industry").Description("Matches accounts of this industry.").Resolve(c => c.Source.Industry);
        Field<AccountScaleType>("scale").Description("Matches accounts of this size class.").Resolve(c => c.Source.Scale);
        Field(r => r.Description, nullable: true).Description("Why the rule exists.");
    }
}
