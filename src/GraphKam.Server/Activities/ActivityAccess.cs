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
            .StaffWrite("those of accounts they own or are on the team of",
                Rule.Rows<Activity>((db, e) => db.AccountsCallerWorks.Any(a => a.Id == e.AccountId)))
            .PartnerWrite("those of accounts it sees", Rule.Rows<Activity>((db, e) => db.Accounts.Any(a => a.Id == e.AccountId)));
        rules.Entity<ActivityContact>()
            .PartnersRead("those of activities it sees", (db, p) => db.Activities.Any(e => e.Id == p.ActivityId))
            .StaffWrite("those of activities they may change", Rule.Rows<ActivityContact>((db, p) =>
                db.Activities.Any(e => e.Id == p.ActivityId && db.AccountsCallerWorks.Any(a => a.Id == e.AccountId))))
            .PartnerWrite("those of activities it sees",
                Rule.Rows<ActivityContact>((db, p) => db.Activities.Any(e => e.Id == p.ActivityId)));
    }
}
