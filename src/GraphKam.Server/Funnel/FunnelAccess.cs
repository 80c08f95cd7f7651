using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Funnel;

/// <summary>Stages are reference data, targets the company's; deals belong to their owner, account owner or partner.</summary>
public sealed class FunnelAccess : IAccessRules
{
    public void Declare(AccessRules rules)
    {
        rules.Entity<FunnelStage>().SharedReference().ManagersWrite();
        rules.Entity<SalesTarget>().CompanyOnly().ManagersWrite();
        rules.Entity<Opportunity>()
            .PartnersRead("its distributor's deals", (db, o) => o.DistributorId == db.PartnerId)
            .StaffWrite("deals they own or on accounts they own", Rule.Rows<Opportunity>((db, o) =>
                o.OwnerId == db.CallerPersonId || o.Account!.OwnerId == db.CallerPersonId))
            .PartnerWrite("its distributor's deals", Rule.Rows<Opportunity>((db, o) => db.Opportunities.Any(x => x.Id == o.Id)));
        rules.Entity<StageChange>()
            .PartnersRead("those of deals it sees", (db, s) => db.Opportunities.Any(o => o.Id == s.OpportunityId))
            .StaffWrite("those of deals they may change", Rule.Rows<StageChange>((db, s) => db.Opportunities.Any(o =>
                o.Id == s.OpportunityId && (o.OwnerId == db.CallerPersonId || o.Account!.OwnerId == db.CallerPersonId))))
            .PartnerWrite("those of deals it sees", Rule.Rows<StageChange>((db, s) => db.Opportunities.Any(o => o.Id == s.OpportunityId)));
        rules.Entity<OpportunityContact>()
            .PartnersRead("those of deals it sees", (db, r) => db.Opportunities.Any(o => o.Id == r.OpportunityId))
            .StaffWrite("those of deals they may change", Rule.Rows<OpportunityContact>((db, r) => db.Opportunities.Any(o =>
                o.Id == r.OpportunityId && (o.OwnerId == db.CallerPersonId || o.Account!.OwnerId == db.CallerPersonId))))
            .PartnerWrite("those of deals it sees",
                Rule.Rows<OpportunityContact>((db, r) => db.Opportunities.Any(o => o.Id == r.OpportunityId)));
    }
}
