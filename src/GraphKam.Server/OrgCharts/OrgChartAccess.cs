using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.OrgCharts;

/// <summary>Contacts, their dotted lines and role plans go with their account.</summary>
public sealed class OrgChartAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<Contact>()
            .PartnersRead("those of accounts it sees", (db, c) => db.Accounts.Any(a => a.Id == c.AccountId))
            .StaffWrite("those of accounts they own or are on the team of",
                Rule.Rows<Contact>((db, c) => db.AccountsCallerWorks.Any(a => a.Id == c.AccountId)))
            .PartnerWrite("those of accounts it sees", Rule.Rows<Contact>((db, c) => db.Accounts.Any(a => a.Id == c.AccountId)));
        rules.Entity<ContactLink>()
            .PartnersRead("those of contacts it sees", (db, l) => db.Contacts.Any(c => c.Id == l.ContactId))
            .StaffWrite("those of contacts they may change", Rule.Rows<ContactLink>((db, l) =>
                db.Contacts.Any(c => c.Id == l.ContactId && db.AccountsCallerWorks.Any(a => a.Id == c.AccountId))))
            .PartnerWrite("those of contacts it sees", Rule.Rows<ContactLink>((db, l) => db.Contacts.Any(c => c.Id == l.ContactId)));
        rules.Entity<RolePlan>()
            .PartnersRead("those of contacts it sees", (db, p) => db.Contacts.Any(c => c.Id == p.ContactId))
            .StaffWrite("those of contacts they may change", Rule.Rows<RolePlan>((db, p) =>
                db.Contacts.Any(c => c.Id == p.ContactId && db.AccountsCallerWorks.Any(a => a.Id == c.AccountId))))
            .PartnerWrite("those of contacts it sees", Rule.Rows<RolePlan>((db, p) => db.Contacts.Any(c => c.Id == p.ContactId)));
    }
}
