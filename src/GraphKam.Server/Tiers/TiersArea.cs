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
            .Extend<AccountType, AccountTierFields>().Extend<AccountType, AccountCreditLineFields>()
            .Extend<AccountFilterInput, AccountTierFilters>()
            .Extend<AccountSortInput, AccountTierSorts>()
            .Access<TierAccess>()
            .Startup<TierPolicyStartup>().Startup<UngradedAccountsStartup>();
        // A timer cannot wait longer than about 49 days; a longer interval stopped the server at start.
        area.Options<TierOptions>("GraphKam:Tiers")
            .Validate(o => o.ExpirySweepInterval >= TimeSpan.FromSeconds(1) && o.ExpirySweepInterval <= TimeSpan.FromDays(1),
                "GraphKam:Tiers:ExpirySweepInterval must be from 00:00:01 to 1.00:00:00.")
            .ValidateOnStart();
        area.Services.AddSingleton<TierGrader>();
        area.Services.AddSingleton<IAccountChangeHandler, TierRegrading>();
        area.Services.AddSingleton<TierOverrideExpiry>();
        area.Services.AddHostedService(services => services.GetRequiredService<TierOverrideExpiry>());
    }
}
