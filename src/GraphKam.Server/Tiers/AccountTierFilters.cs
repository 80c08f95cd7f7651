using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;

namespace GraphKam.Server.Tiers;

/// <summary>Account filters on tiers, added by the tiers area.</summary>
public sealed class AccountTierFilters : ITypeExtension<AccountFilterInput>
{
    public void Extend(AccountFilterInput filter)
    {
        filter.Object<AccountTierFilterInput, AccountTier>("tier", a => a.Tiers.FirstOrDefault(t => t.Policy!.IsDefault), "The tier in the default policy.");
        filter.List<AccountTierFilterInput, AccountTier>("tiers", a => a.Tiers, "The tiers in every policy, e.g. `tiers: { some: { policy: { key: { eq: \"icbc-stars\" } }, code: { eq: \"7\" } } }`.");
    }
}

/// <summary>Account sort keys on tiers, added by the tiers area.</summary>
public sealed class AccountTierSorts : ITypeExtension<AccountSortInput>
{
    public void Extend(AccountSortInput sort) =>
        sort.Object<AccountTierSortInput, AccountTier>("tier", a => a.Tiers.FirstOrDefault(t => t.Policy!.IsDefault), "By the tier in the default policy.");
}
