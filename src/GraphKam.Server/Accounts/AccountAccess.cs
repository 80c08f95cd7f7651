using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Accounts;

/// <summary>Who reads and changes accounts and their measures.</summary>
public sealed class AccountAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<Account>()
            .PartnersRead("the accounts its distributor serves, or has deals or registrations on", (db, a) =>
                db.DistributorAssignments.Any(x => x.AccountId == a.Id && x.DistributorId == db.PartnerId)
                || db.Opportunities.Any(o => o.AccountId == a.Id && o.DistributorId == db.PartnerId)
                || db.DealRegistrations.Any(r => r.AccountId == a.Id && r.DistributorId == db.PartnerId))
            // Checked before and after: taking a colleague's account or giving one's own away is refused.
            .StaffWrite("their own accounts", Rule.Rows<Account>((db, a) => a.OwnerId == db.CallerPersonId))
            // Never an existing account's master data; only the prospect a registration of its own brings in.
            .PartnerWrite("new prospects it registers a deal on", Rule.Rows<Account>(
                (db, a) => false,
                (db, a) => a.OwnerId == null && a.ParentId == null && !a.Strategic && a.Coverage == Coverage.Channel
                    && db.DealRegistrations.Any(r => r.AccountId == a.Id && r.DistributorId == db.PartnerId)))
            // Figures kept from the account's own records (its products, its revenue by month), whoever recorded them.
            .SystemDerives(nameof(Account.ProductsInUse), nameof(Account.MonthlyRevenue), nameof(Account.MonthlyItRevenue),
                nameof(Account.UpdatedAt), nameof(Account.Version));
        rules.Entity<AccountMeasure>()
            .PartnersRead("those of accounts it sees", (db, m) => db.Accounts.Any(a => a.Id == m.AccountId))
            .StaffWrite("those of their own accounts",
                Rule.Rows<AccountMeasure>((db, m) => db.Accounts.Any(a => a.Id == m.AccountId && a.OwnerId == db.CallerPersonId)))
            ;
        // Read by partners only as counts (loyaltyTransitions); the history itself, with its reasons, is for staff.
        rules.Entity<LoyaltyStageChange>()
            .PartnersRead("those of accounts it sees", (db, c) => db.Accounts.Any(a => a.Id == c.AccountId))
            .StaffWrite("those of their own accounts",
                Rule.Rows<LoyaltyStageChange>((db, c) => db.Accounts.Any(a => a.Id == c.AccountId && a.OwnerId == db.CallerPersonId)))
            .PartnerWrite("the first stage of a prospect it registers a deal on", Rule.Rows<LoyaltyStageChange>(
                (db, c) => false,
                (db, c) => c.FromStage == null && db.DealRegistrations.Any(r => r.AccountId == c.AccountId && r.DistributorId == db.PartnerId)));
    }
}
