using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed record CreateTierPolicyInput(string Key, string Name, string Description, bool IsDefault,
    IReadOnlyList<TierMetric> Metrics, IReadOnlyList<Tier> Tiers, IReadOnlyList<TierOverrideRule> Overrides);

/// <summary>Changes to a policy; a list that is given replaces the whole list.</summary>
public sealed record UpdateTierPolicyInput(string Id, int Version, Optional<string?> Name, Optional<string?> Description, Optional<bool?> IsDefault,
    IReadOnlyList<TierMetric>? Metrics, IReadOnlyList<Tier>? Tiers, IReadOnlyList<TierOverrideRule>? Overrides);

public sealed class TierMetricInputType : InputObjectGraphType
{
    public TierMetricInputType()
    {
        Name = "TierMetricInput";
        Description = "One part of a value score: give `normaliseAt` (weight × min(value ÷ normaliseAt, 1)) or `unitSize` (weight points per whole unit), not both.";
        Field<NonNullGraphType<StringGraphType>>("measure").Description("employees, monthlyRevenue, monthlyItRevenue, productsInUse, or a named measure.");
        Field<NonNullGraphType<StringGraphType>>("label").Description("What the measure is, for people.");
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("Full points (normalised) or points per unit.");
        Field<FloatGraphType>("unitSize").Description("The unit points are counted per, e.g. 10000.");
        Field<FloatGraphType>("normaliseAt").Description("The value that earns the full weight.");
        Field<FloatGraphType>("cap").Description("The most points this metric can add.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TierMetric(
        value.Required<string>("measure"), value.Required<string>("label"), value.Required<double>("weight"),
        value.Get<double?>("unitSize"), value.Get<double?>("normaliseAt"), value.Get<double?>("cap"));
}

public sealed class TierInputType : InputObjectGraphType
{
    public TierInputType()
    {
        Name = "TierInput";
        Description = "A tier. List tiers best first: a tier's rank is its position, and minimum scores must fall strictly.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The tier's code, e.g. A1.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The tier's name.");
        Field<NonNullGraphType<FloatGraphType>>("minScore").Description("The score the tier starts at. The lowest tier also takes every lower score.");
        Field<NonNullGraphType<IntGraphType>>("visitIntervalDays").Description("Visit at least every this many days.");
        Field<NonNullGraphType<IntGraphType>>("responseHours").Description("Respond within this many hours.");
        Field<NonNullGraphType<BooleanGraphType>>("dedicatedManager").Description("Whether accounts get a dedicated manager.").DefaultValue(false);
        Field<NonNullGraphType<IntGraphType>>("reviewIntervalDays").Description("Review every this many days.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("benefits").Description("What else the tier brings.");
        Field<ResolutionHoursInputType>("resolutionHours")
            .Description("Hours to resolve service cases, by severity; by default 2, 6, 12 and 24 times the response hours.");
        Field<DecimalGraphType>("creditLimit").Description("The credit line accounts in this tier get, in yuan (0 or more); none when omitted.");
        Field<FloatGraphType>("feeDiscountPercent").Description("The fee discount accounts in this tier get, in percent (0 to 100); none when omitted.");
    }

    // The rank is set from the position by the input that holds the list.
    public override object ParseDictionary(IDictionary<string, object?> value) => new Tier(
        value.Required<string>("code"), value.Required<string>("name"), 0, value.Required<double>("minScore"),
        value.Required<int>("visitIntervalDays"), value.Required<int>("responseHours"), value.Required<bool>("dedicatedManager"),
        value.Required<int>("reviewIntervalDays"), value.GetList<string>("benefits") ?? [], value.Get<ResolutionHours>("resolutionHours"),
        value.Get<decimal?>("creditLimit") is { } limit ? Money.Round(limit) : null, value.Get<double?>("feeDiscountPercent"));

    public static IReadOnlyList<Tier>? Ranked(IDictionary<string, object?> input) =>
        input.GetList<Tier>("tiers")?.Select((tier, index) => tier with { Rank = index + 1 }).ToList();
}

public sealed class ResolutionHoursInputType : InputObjectGraphType
{
    public ResolutionHoursInputType()
    {
        Name = "ResolutionHoursInput";
        Description = "Hours to resolve a service case, by severity (each above 0).";
        Field<NonNullGraphType<IntGraphType>>("critical").Description("A critical case.");
        Field<NonNullGraphType<IntGraphType>>("high").Description("A high-severity case.");
        Field<NonNullGraphType<IntGraphType>>("medium").Description("A medium-severity case.");
        Field<NonNullGraphType<IntGraphType>>("low").Description("A low-severity case.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ResolutionHours(
        value.Required<int>("critical"), value.Required<int>("high"), value.Required<int>("medium"), value.Required<int>("low"));
}

public sealed class TierOverrideRuleInputType : InputObjectGraphType
{
    public TierOverrideRuleInputType()
    {
        Name = "TierOverrideRuleInput";
        Description = "Accounts matching every given condition get at least `atLeastTier`.";
        Field<NonNullGraphType<StringGraphType>>("atLeastTier").Description("The lowest tier for matching accounts.");
        Field<BooleanGraphType>("strategic").Description("Match on strategic designation.");
        Field<IndustryType>("industry").Description("Match on industry.");
        Field<AccountScaleType>("scale").Description("Match on size class.");
        Field<StringGraphType>("description").Description("Why the rule exists.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TierOverrideRule(
        value.Required<string>("atLeastTier"), value.Get<bool?>("strategic"), value.Get<Industry?>("industry"),
        value.Get<AccountScale?>("scale"), value.Get<string>("description"));

    public static IReadOnlyList<TierOverrideRule>? Read(IDictionary<string, object?> input) =>
        input.GetList<TierOverrideRule>("overrides");
}

public sealed class CreateTierPolicyInputType : InputObjectGraphType
{
    public CreateTierPolicyInputType()
    {
        Name = "CreateTierPolicyInput";
        Description = "A new tier policy. Every active account is graded in it at once.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("A stable key: lower-case letters, digits and dashes.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The policy's name.");
        Field<StringGraphType>("description").Description("What the policy is for.");
        Field<NonNullGraphType<BooleanGraphType>>("isDefault").Description("Make it the default policy (the current default stops being one).").DefaultValue(false);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierMetricInputType>>>>("metrics").Description("What the score is made of.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierInputType>>>>("tiers").Description("The tiers, best first.");
        Field<ListGraphType<NonNullGraphType<TierOverrideRuleInputType>>>("overrides").Description("Rules that lift matching accounts to at least a tier.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateTierPolicyInput(
        value.Required<string>("key"), value.Required<string>("name"), value.Get<string>("description") ?? "", value.Required<bool>("isDefault"),
        value.GetList<TierMetric>("metrics") ?? [], TierInputType.Ranked(value) ?? [],
        TierOverrideRuleInputType.Read(value) ?? []);
}

public sealed class UpdateTierPolicyInputType : InputObjectGraphType
{
    public UpdateTierPolicyInputType()
    {
        Name = "UpdateTierPolicyInput";
        Description = "Changes to a tier policy: leave out what stays; a list given replaces the whole list. Every active account is re-graded.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The policy to change.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("name").Description("The new name.");
        Field<StringGraphType>("description").Description("The new description.");
        Field<BooleanGraphType>("isDefault").Description("`true` makes it the default policy.");
        Field<ListGraphType<NonNullGraphType<TierMetricInputType>>>("metrics").Description("The new metrics.");
        Field<ListGraphType<NonNullGraphType<TierInputType>>>("tiers").Description("The new tiers, best first.");
        Field<ListGraphType<NonNullGraphType<TierOverrideRuleInputType>>>("overrides").Description("The new override rules.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateTierPolicyInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Read<string?>("name"), value.Read<string?>("description"),
        value.Read<bool?>("isDefault"), value.GetList<TierMetric>("metrics"),
        TierInputType.Ranked(value), TierOverrideRuleInputType.Read(value));
}
