using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Distributors;

/// <summary>A partner sees its own distributor, its coverage, scorecards, registrations and the conflicts it is in.</summary>
public sealed class DistributorAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<Distributor>()
            .PartnersRead("its own distributor", (db, d) => d.Id == db.PartnerId)
            .PartnerWrite("its own distributor", Rule.Rows<Distributor>((db, d) => d.Id == db.PartnerId));
        rules.Entity<DistributorAssignment>()
            .PartnersRead("its own", (db, x) => x.DistributorId == db.PartnerId).ManagersWrite();
        rules.Entity<Scorecard>()
            .PartnersRead("its own", (db, s) => s.DistributorId == db.PartnerId).ManagersWrite();
        rules.Entity<DealRegistration>()
            .PartnersRead("its own", (db, r) => r.DistributorId == db.PartnerId)
            .StaffWrite("those on their own accounts",
                Rule.Rows<DealRegistration>((db, r) => db.Accounts.Any(a => a.Id == r.AccountId && a.OwnerId == db.CallerPersonId)))
            .PartnerWrite("its own", Rule.Rows<DealRegistration>((db, r) => db.DealRegistrations.Any(x => x.Id == r.Id)));
        rules.Entity<ChannelConflict>()
            .PartnersRead("those it is part of", (db, c) => c.DistributorId == db.PartnerId || c.OtherDistributorId == db.PartnerId)
            .PartnerWrite("those it is part of", Rule.Rows<ChannelConflict>((db, c) => db.ChannelConflicts.Any(x => x.Id == c.Id)));
    }
}
