using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Service;

/// <summary>Service cases go with their account; partners open and work them on accounts they serve.</summary>
public sealed class ServiceAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<ServiceCase>()
            .PartnersRead("those of accounts it sees", (db, c) => db.Accounts.Any(a => a.Id == c.AccountId))
            // Worked by its owner or the account's owner; opened, moved or handed over only on the caller's own accounts.
            .StaffWrite("cases they own or on accounts they work (own or are on the team of); new and handed-over cases on "
                + "accounts they work",
                Rule.Rows<ServiceCase>(
                    (db, c) => c.OwnerId == db.CallerPersonId || db.AccountsCallerWorks.Any(a => a.Id == c.AccountId),
                    (db, c) => db.AccountsCallerWorks.Any(a => a.Id == c.AccountId),
                    nameof(ServiceCase.OwnerId), nameof(ServiceCase.AccountId)))
            // A partner never names one of the company's people as the case's owner.
            .PartnerWrite("those of accounts it sees, opened without an internal owner", Rule.Rows<ServiceCase>(
                (db, c) => db.Accounts.Any(a => a.Id == c.AccountId),
                (db, c) => db.Accounts.Any(a => a.Id == c.AccountId) && c.OwnerId == null,
                nameof(ServiceCase.OwnerId), nameof(ServiceCase.AccountId)));
        rules.Entity<ServiceCaseChange>()
            .PartnersRead("those of cases it sees", (db, h) => db.Set<ServiceCase>().Any(c => c.Id == h.CaseId))
            .StaffWrite("those of cases they may change", Rule.Rows<ServiceCaseChange>((db, h) => db.Set<ServiceCase>().Any(c =>
                c.Id == h.CaseId && (c.OwnerId == db.CallerPersonId || db.AccountsCallerWorks.Any(a => a.Id == c.AccountId)))))
            .PartnerWrite("those of cases it sees",
                Rule.Rows<ServiceCaseChange>((db, h) => db.Set<ServiceCase>().Any(c => c.Id == h.CaseId)));
    }
}
