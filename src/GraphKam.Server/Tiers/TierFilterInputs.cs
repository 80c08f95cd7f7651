using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Data;

namespace GraphKam.Server.Tiers;

/// <summary>Filters an account's assignment: <c>accounts(where: { tier: { code: { in: ["A1", "A2"] } } })</c>.</summary>
public sealed class AccountTierFilterInput : FilterInputType<AccountTier>
{
    public AccountTierFilterInput() : base("Conditions on an account's tier in a policy.")
    {
        Field("code", t => t.TierCode, "The code of the tier in force.");
        Field("rank", t => t.TierRank, "The rank of the tier in force (1 = best).");
        Field("score", t => t.Score, "The value score.");
        Field("computedCode", t => t.ComputedTierCode, "The code of the tier the policy gives (score and rules); a manual override may put another in force.");
        Field("overridden", t => t.OverrideTierCode != null, "Whether a manual override is in force.");
        Object<TierPolicyFilterInput, TierPolicy>("policy", t => t.Policy, "The policy.");
    }
}

public sealed class AccountTierSortInput : SortInputType<AccountTier>
{
    public AccountTierSortInput() : base("Sort keys for an account's tier.")
    {
        Field("rank", t => t.TierRank, "By rank: the best tier first ascending.");
        Field("score", t => t.Score, "By value score.");
        Field("code", t => t.TierCode, "By tier code.");
    }
}

public sealed class TierPolicyFilterInput : FilterInputType<TierPolicy>
{
    public TierPolicyFilterInput() : base("Conditions on tier policies.")
    {
        Field("key", p => p.Key, "The policy's key.");
        Field("name", p => p.Name, "The policy's name.");
        Field("isDefault", p => p.IsDefault, "Whether it is the default policy.");
    }
}

