using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed class TierChangeType : NodeGraphType<TierChange>
{
    public TierChangeType() : base("TierChange", "A re-grading: an account moved from one tier to another in a policy.")
    {
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<NonNullGraphType<TierPolicyType>>("policy").Description("The policy.").Resolve(c => c.LoadById<TierPolicy>(c.Source.PolicyId));
        Field<TierType>("from").Description("The tier before; null at the first grading, or if the policy no longer has that tier.")
            .Resolve(c => c.LoadById<TierPolicy>(c.Source.PolicyId).Then(p => p?.Tiers.FirstOrDefault(t => t.Code == c.Source.FromCode)));
        Field<TierType>("to").Description("The tier after; null only if the policy no longer has that tier.")
            .Resolve(c => c.LoadById<TierPolicy>(c.Source.PolicyId).Then(p => p?.Tiers.FirstOrDefault(t => t.Code == c.Source.ToCode)));
        Field(x => x.FromCode, nullable: true).Description("The code of the tier before.");
        Field(x => x.ToCode).Description("The code of the tier after.");
        Field(x => x.Score).Description("The value score at the time.");
        Field(x => x.Reason).Description("Why: initial grading, recompute, account changed, policy updated, manual override, override expired…");
        Field(x => x.ChangedAt).Description("When (UTC).");
        Field<NonNullGraphType<StringGraphType>>("changedBy").Description("Who: a user, or `system` for automatic re-grading.")
            .ResolveActor(x => x.ChangedBy);
    }
}

public sealed class TierChangeFilterInput : FilterInputType<TierChange>
{
    public TierChangeFilterInput() : base("Conditions on tier changes.")
    {
        Object<TierPolicyFilterInput, TierPolicy>("policy", c => c.Policy, "The policy.");
        Field("fromCode", c => c.FromCode, "The tier before.");
        Field("toCode", c => c.ToCode, "The tier after.");
        Field("score", c => c.Score, "The score at the time.");
        Field("reason", c => c.Reason, "Why.");
        Field("changedAt", c => c.ChangedAt, "When.");
        Field("changedBy", c => c.ChangedBy, "Who.");
        // Who changed a tier is the company's to know: partners see a name, and may not search by it.
        this.HideFromRestricted("changedBy");
    }
}

public sealed class TierChangeSortInput : SortInputType<TierChange>
{
    public TierChangeSortInput() : base("Sort keys for tier changes (newest first when no order is given).")
    {
        Field("changedAt", c => c.ChangedAt, "By time.");
        Field("score", c => c.Score, "By score.");
    }
}
