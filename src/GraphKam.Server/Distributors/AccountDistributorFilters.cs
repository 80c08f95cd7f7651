using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.Distributors;

/// <summary>Account filters on the partners serving them, added by the distributors area.</summary>
public sealed class AccountDistributorFilters : ITypeExtension<AccountFilterInput>
{
    public void Extend(AccountFilterInput filter) =>
        filter.List<DistributorFilterInput, Distributor>("distributors", a => a.Distributors, "The partners serving it, e.g. `distributors: { any: true }`.");
}
