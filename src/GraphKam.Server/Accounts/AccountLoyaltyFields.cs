using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

/// <summary><c>Account.loyaltyHistory</c>: every change of the account's loyalty stage, for the company's staff.</summary>
public sealed class AccountLoyaltyFields : ITypeExtension<AccountType>
{
    public void Extend(AccountType account) =>
        account.AddConnection<Account, LoyaltyStageChange, LoyaltyStageChangeType, LoyaltyStageChangeFilterInput, LoyaltyStageChangeSortInput>(
                "loyaltyHistory", "changes of this account's loyalty stage, newest first, from its creation (staff only: the reasons "
                + "are internal notes)", a => a.LoyaltyChanges, new ConnectionOptions<LoyaltyStageChange>
                {
                    // Changes of one mutation share an instant: the later row is the newer one.
                    DefaultOrder =
                    [
                        SortValue.By<LoyaltyStageChange, DateTime>(c => c.ChangedAt, SortDirection.Desc),
                        SortValue.By<LoyaltyStageChange, int>(c => c.Id, SortDirection.Desc),
                    ],
                })
            .RequireRoles(Roles.Internal);
}
