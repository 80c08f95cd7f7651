using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Contracts;

/// <summary><c>Account.contracts</c>, for the company's staff.</summary>
public sealed class AccountContractFields : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.AddConnection<Account, Contract, ContractType, ContractFilterInput, ContractSortInput>("contracts",
            "the account's contracts, by end (soonest first; staff only)", a => a.Contracts,
            new ConnectionOptions<Contract> { DefaultOrder = ContractQueries.BySoonestEnd, ConnectionName = "ContractsConnection" })
            .RequireRoles(Roles.Internal);
}
