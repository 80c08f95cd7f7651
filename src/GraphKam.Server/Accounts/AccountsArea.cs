using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using GraphKam.Server.Imports;

namespace GraphKam.Server.Accounts;

/// <summary>Key accounts: their master data, group hierarchy and named measures.</summary>
public sealed class AccountsArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<AccountQueries>().Query<LoyaltyQueries>().Mutations<AccountMutations>().Access<AccountAccess>()
            .Extend<AccountType, AccountLoyaltyFields>().Imports<AccountImport>();
        area.Services.AddSingleton<AccountChanges>().AddSingleton<DerivedFigures>();
    }
}
