using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

/// <summary>The channel fields of <c>Account</c>, added by the distributor area.</summary>
public sealed class AccountChannelFields : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistributorType>>>>("distributors")
            .Description("The partners serving the account, by name.")
            .Resolve(c => c.LoadChildren<DistributorAssignment>(a => a.AccountId, c.Source.Id, include: a => a.Distributor)
                .Then(assignments => (assignments ?? []).Select(a => a.Distributor!).OrderBy(d => d.Name, StringComparer.Ordinal).ToList()));
}
