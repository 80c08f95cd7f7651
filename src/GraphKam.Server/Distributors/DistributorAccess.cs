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
            .PartnerWrite("its own distributor's contact details", Rule.Rows<Distributor>((db, d) => d.Id == db.PartnerId)
                .Only(nameof(Distributor.ContactName), nameof(Distributor.ContactEmail), nameof(Distributor.ContactPhone)));
        rules.Entity<DistributorAssignment>()
            .PartnersRead("its own", (db, x) => x.DistributorId == db.PartnerId).ManagersWrite();
        rules.Entity<Scorecard>()
            .PartnersRead("its own", (db, s) => s.DistributorId == db.PartnerId).ManagersWrite();
        rules.Entity<DealRegistration>()
            .PartnersRead("its own", (db, r) => r.DistributorId == db.PartnerId)
            .PartnerWrite("new pending ones of its own", Rule.Rows<DealRegistration>(
                (db, r) => false, (db, r) => r.DistributorId == db.PartnerId && r.Status == RegistrationStatus.Pending));
        rules.Entity<ChannelConflict>()
            .PartnersRead("those it is part of", (db, c) => c.DistributorId == db.PartnerId || c.OtherDistributorId == db.PartnerId)
            // Conflicts are found by the rules inside the change that causes them: written as that change's side effect.
            .StaffWrite("those on accounts they own or are on the team of", Rule.Rows<ChannelConflict>((db, c) =>
                db.AccountsCallerWorks.Any(a => a.Id == c.AccountId)))
            .PartnerWrite("those it is part of", Rule.Rows<ChannelConflict>((db, c) =>
                c.DistributorId == db.PartnerId || c.OtherDistributorId == db.PartnerId));
    }
}
