using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Tiers;

/// <summary>Tier policies are reference data; an account's tiers and their history go with the account.</summary>
public sealed class TierAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<TierPolicy>().SharedReference().ManagersWrite();
        rules.Entity<AccountTier>()
            .PartnersRead("those of accounts it sees", (db, t) => db.Accounts.Any(a => a.Id == t.AccountId))
            .StaffWrite("those of their own accounts",
                Rule.Rows<AccountTier>((db, t) => db.Accounts.Any(a => a.Id == t.AccountId && a.OwnerId == db.CallerPersonId)))
            .SystemDerives(); // regraded whenever what grading reads changes
        rules.Entity<TierChange>()
            .PartnersRead("those of accounts it sees", (db, t) => db.Accounts.Any(a => a.Id == t.AccountId))
            .StaffWrite("those of their own accounts",
                Rule.Rows<TierChange>((db, t) => db.Accounts.Any(a => a.Id == t.AccountId && a.OwnerId == db.CallerPersonId)))
            .SystemDerives();
    }
}
