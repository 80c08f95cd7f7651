using GraphKam.GraphQL.Mutations;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed record RecomputeTiersInput(string? Policy);
public sealed record OverrideAccountTierInput(string AccountId, string? Policy, string TierCode, string Reason, DateTime? ExpiresAt);
public sealed record ClearTierOverrideInput(string AccountId, string? Policy);

public sealed class RecomputeTiersInputType : InputObjectGraphType
{
    public RecomputeTiersInputType()
    {
        Name = "RecomputeTiersInput";
        Description = "Which policy to re-grade every active account in.";
        Field<StringGraphType>("policy").Description("The policy's key; every policy when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RecomputeTiersInput(value.Get<string>("policy"));
}

public sealed class OverrideAccountTierInputType : InputObjectGraphType
{
    public OverrideAccountTierInputType()
    {
        Name = "OverrideAccountTierInput";
        Description = "Sets an account's tier by hand, whatever its score, until it expires or is cleared.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<StringGraphType>("policy").Description("The policy's key; the default policy when omitted.");
        Field<NonNullGraphType<StringGraphType>>("tierCode").Description("The tier to put the account in.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why; recorded in the tier history.");
        Field<DateTimeGraphType>("expiresAt").Description("When the override ends and the score decides again; never when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new OverrideAccountTierInput(
        value.RequiredId("accountId"), value.Get<string>("policy"), value.Required<string>("tierCode"), value.Required<string>("reason"),
        value.Get<DateTime?>("expiresAt"));
}

public sealed class ClearTierOverrideInputType : InputObjectGraphType
{
    public ClearTierOverrideInputType()
    {
        Name = "ClearTierOverrideInput";
        Description = "Ends an account's manual tier override: its score decides its tier again.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<StringGraphType>("policy").Description("The policy's key; the default policy when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ClearTierOverrideInput(value.RequiredId("accountId"), value.Get<string>("policy"));
}
