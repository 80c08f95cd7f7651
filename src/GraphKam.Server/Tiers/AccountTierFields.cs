using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

/// <summary>The tier fields of <c>Account</c>, added by the tiers area.</summary>
public sealed class AccountTierFields : ITypeExtension<AccountType>
{
    private static QueryArgument<StringGraphType> PolicyArgument() => new QueryArgument<StringGraphType>
    {
        Name = "policy",
        Description = "The tier policy's key; the default policy when omitted.",
    };

    public void Extend(AccountType account)
    {
        account.Field<TierType>("tier").Description("The account's tier in force in a policy.").Arguments(PolicyArgument())
            .Resolve(c => c.LoadGrade(c.Source.Id, c.GetArgument<string?>("policy")).Then(g => g?.Tier))
            .Reads();
        account.Field<FloatGraphType>("valueScore").Description("The account's value score in a policy (for ICBC stars: its star points).").Arguments(PolicyArgument())
            .Resolve(c => c.LoadGrade(c.Source.Id, c.GetArgument<string?>("policy")).Then(g => g?.Assignment.Score))
            .Reads();
        account.Field<TierExplanationType>("tierExplanation").Description("How the account's tier came about: each metric's points, rules and overrides.").Arguments(PolicyArgument())
            .Resolve(c =>
            {
                var grade = c.LoadGrade(c.Source.Id, c.GetArgument<string?>("policy"));
                var measures = c.LoadChildren<AccountMeasure>(m => m.AccountId, c.Source.Id);
                return new DeferredResult<TierExplanation?>(async cancellationToken =>
                    await grade.GetResultAsync(cancellationToken) is not { } g ? null
                        : new TierExplanation(g.Policy, TierScoring.Score(g.Policy, AccountFacts.Of(c.Source, await measures.GetResultAsync(cancellationToken) ?? [])), g.Assignment));
            });
        account.AddConnection<Account, TierChange, TierChangeType, TierChangeFilterInput, TierChangeSortInput>("tierHistory",
                "re-gradings of this account in a policy, newest first", a => a.TierChanges, new ConnectionOptions<TierChange>
                {
                    // Changes of one mutation share an instant: the later row is the newer one.
                    DefaultOrder = [SortValue.By<TierChange, DateTime>(c => c.ChangedAt, SortDirection.Desc), SortValue.By<TierChange, int>(c => c.Id, SortDirection.Desc)],
                    Scope = c => c.GetArgument<string?>("policy") is { } key ? change => change.Policy!.Key == key : change => change.Policy!.IsDefault,
                })
            .Arguments!.Add(PolicyArgument());
    }
}

