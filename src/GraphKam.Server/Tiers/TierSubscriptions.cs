using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed class TierSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<AccountTierEventType>>("accountTierChanged")
            .Description("Each change of an account's tier in force in a policy (re-grading, overrides and their expiry).")
            .Argument<StringGraphType>("policy", "The policy's key; the default policy when omitted.")
            .ResolveStreamAsync(async c =>
            {
                var key = c.GetArgument<string?>("policy");
                var policy = await c.ReadAsync(db => TierPolicies.FindAsync(db.TierPolicies, key, c.CancellationToken))
                    ?? throw TierPolicies.NotFound(key);
                return c.Events<AccountTierChanged>(AccountTierChanged.Topic).Where(e => e.PolicyId == policy.Id)
                    .WhereEntity<AccountTierChanged, Account>(c, e => e.AccountId);
            });
}

public sealed class AccountTierEventType : ObjectType<AccountTierChanged>
{
    public AccountTierEventType()
    {
        Name = "AccountTierEvent";
        Description = "An account's tier in force changed in a policy.";
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.LoadById<Account>(c.Source.AccountId));
        Field<NonNullGraphType<TierPolicyType>>("policy").Description("The policy.").Resolve(c => c.LoadById<TierPolicy>(c.Source.PolicyId));
        Field<TierType>("previousTier").Description("The tier before; null when the account was graded for the first time.")
            .Resolve(c => c.LoadById<TierPolicy>(c.Source.PolicyId).Then(p => p?.Tiers.FirstOrDefault(t => t.Code == c.Source.PreviousTier)));
        Field<NonNullGraphType<TierType>>("tier").Description("The tier now in force.")
            .Resolve(c => c.LoadById<TierPolicy>(c.Source.PolicyId).Then(p => p?.Tiers.FirstOrDefault(t => t.Code == c.Source.Tier)));
        Field(e => e.ChangedAt).Description("When it changed (UTC).");
    }
}
