using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Tiers;

/// <summary>Tier policies, each account's grade in them, manual overrides and their expiry.</summary>
public sealed class TiersArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<TierQueries>().Mutations<TierMutations>().Subscriptions<TierSubscriptions>()
            .Extend<AccountType, AccountTierFields>()
            .Extend<AccountFilterInput, AccountTierFilters>()
            .Extend<AccountSortInput, AccountTierSorts>()
            .Access<TierAccess>()
            .Startup<TierPolicyStartup>().Startup<UngradedAccountsStartup>();
        area.Options<TierOptions>("GraphKam:Tiers");
        area.Services.AddSingleton<TierGrader>();
        area.Services.AddSingleton<IAccountChangeHandler, TierRegrading>();
        area.Services.AddSingleton<TierOverrideExpiry>();
        area.Services.AddHostedService(services => services.GetRequiredService<TierOverrideExpiry>());
    }
}
