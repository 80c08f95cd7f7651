using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Activities;

/// <summary>Activities and who took part go with their account.</summary>
public sealed class ActivityAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<Activity>()
            .PartnersRead("those of accounts it sees", (db, e) => db.Accounts.Any(a => a.Id == e.AccountId))
            .StaffWrite("those of their own accounts",
                Rule.Rows<Activity>((db, e) => db.Accounts.Any(a => a.Id == e.AccountId && a.OwnerId == db.CallerPersonId)))
            .PartnerWrite("those of accounts it sees", Rule.Rows<Activity>((db, e) => db.Accounts.Any(a => a.Id == e.AccountId)));
        rules.Entity<ActivityContact>()
            .PartnersRead("those of activities it sees", (db, p) => db.Activities.Any(e => e.Id == p.ActivityId))
            .StaffWrite("those of their own accounts' activities", Rule.Rows<ActivityContact>((db, p) =>
                db.Activities.Any(e => e.Id == p.ActivityId && e.Account!.OwnerId == db.CallerPersonId)))
            .PartnerWrite("those of activities it sees",
                Rule.Rows<ActivityContact>((db, p) => db.Activities.Any(e => e.Id == p.ActivityId)));
    }
}
