using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Revenue;

/// <summary>
/// Revenue by month is the company's own record: partners neither read nor write it. It moves the account's figures and
/// tiers, so staff record it only on the accounts they own, as they may edit those accounts' figures by hand.
/// </summary>
public sealed class RevenueAccess : IAccessRules
{
    public void Declare(AccessRules rules) =>
        rules.Entity<RevenueRecord>().CompanyOnly()
            .StaffWrite("those of their own accounts",
                Rule.Rows<RevenueRecord>((db, r) => db.Accounts.Any(a => a.Id == r.AccountId && a.OwnerId == db.CallerPersonId)));
}
