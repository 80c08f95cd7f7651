using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Accounts;

/// <summary>Who reads and changes accounts and their measures.</summary>
public sealed class AccountAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<Account>()
            .PartnersRead("the accounts its distributor serves or has deals on", (db, a) =>
                db.DistributorAssignments.Any(x => x.AccountId == a.Id && x.DistributorId == db.PartnerId)
                || db.Opportunities.Any(o => o.AccountId == a.Id && o.DistributorId == db.PartnerId))
            .StaffWrite("their own accounts", Rule.Rows<Account>((db, a) => a.OwnerId == db.CallerPersonId))
            .PartnerWrite("accounts it sees", Rule.Rows<Account>((db, a) => db.Accounts.Any(x => x.Id == a.Id)));
        rules.Entity<AccountMeasure>()
            .PartnersRead("those of accounts it sees", (db, m) => db.Accounts.Any(a => a.Id == m.AccountId))
            .StaffWrite("those of their own accounts",
                Rule.Rows<AccountMeasure>((db, m) => db.Accounts.Any(a => a.Id == m.AccountId && a.OwnerId == db.CallerPersonId)))
            .PartnerWrite("those of accounts it sees", Rule.Rows<AccountMeasure>((db, m) => db.Accounts.Any(a => a.Id == m.AccountId)));
    }
}
