using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using GraphKam.Server.Funnel;

namespace GraphKam.Server.Contracts;

/// <summary>
/// Customer contracts: what accounts signed, which contracts end soon, and their renewal as deals in the funnel.
/// </summary>
public sealed class ContractsArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<ContractQueries>().Mutations<ContractMutations>()
            .Extend<AccountType, AccountContractFields>()
            .Access<ContractAccess>();
        area.Services.AddSingleton<IDealOutcomeFollower, ContractRenewals>();
        area.Services.AddSingleton<IDealRouteRule, ContractRenewals>();
    }
}
