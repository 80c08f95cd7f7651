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
            .StaffWrite("those of their own accounts",
                Rule.Rows<Contact>((db, c) => db.Accounts.Any(a => a.Id == c.AccountId && a.OwnerId == db.CallerPersonId)))
            .PartnerWrite("those of accounts it sees", Rule.Rows<Contact>((db, c) => db.Accounts.Any(a => a.Id == c.AccountId)));
        rules.Entity<ContactLink>()
            .PartnersRead("those of contacts it sees", (db, l) => db.Contacts.Any(c => c.Id == l.ContactId))
            .StaffWrite("those of their own accounts' contacts", Rule.Rows<ContactLink>((db, l) =>
                db.Contacts.Any(c => c.Id == l.ContactId && c.Account!.OwnerId == db.CallerPersonId)))
            .PartnerWrite("those of contacts it sees", Rule.Rows<ContactLink>((db, l) => db.Contacts.Any(c => c.Id == l.ContactId)));
        rules.Entity<RolePlan>()
            .PartnersRead("those of contacts it sees", (db, p) => db.Contacts.Any(c => c.Id == p.ContactId))
            .StaffWrite("those of their own accounts' contacts", Rule.Rows<RolePlan>((db, p) =>
                db.Contacts.Any(c => c.Id == p.ContactId && c.Account!.OwnerId == db.CallerPersonId)))
            .PartnerWrite("those of contacts it sees", Rule.Rows<RolePlan>((db, p) => db.Contacts.Any(c => c.Id == p.ContactId)));
    }
}
