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
            // Worked by its owner or its account's owner; created or handed over only on the caller's own account.
            .StaffWrite("deals they own or on accounts they work (own or are on the team of); new and handed-over deals on "
                + "accounts they work", Rule.Rows<Opportunity>(
                (db, o) => o.OwnerId == db.CallerPersonId || db.AccountsCallerWorks.Any(a => a.Id == o.AccountId),
                (db, o) => db.AccountsCallerWorks.Any(a => a.Id == o.AccountId),
                nameof(Opportunity.OwnerId), nameof(Opportunity.AccountId)))
            // Its own deals; never handed to another partner nor given an internal owner other than the account's.
            .PartnerWrite("its distributor's deals, opened only for its distributor", Rule.Rows<Opportunity>(
                (db, o) => o.DistributorId == db.PartnerId,
                (db, o) => o.DistributorId == db.PartnerId && (o.OwnerId == null || o.OwnerId == o.Account!.OwnerId),
                nameof(Opportunity.OwnerId), nameof(Opportunity.AccountId), nameof(Opportunity.DistributorId)));
        rules.Entity<StageChange>()
            .PartnersRead("those of deals it sees", (db, s) => db.Opportunities.Any(o => o.Id == s.OpportunityId))
            .StaffWrite("those of deals they may change", Rule.Rows<StageChange>((db, s) => db.Opportunities.Any(o =>
                o.Id == s.OpportunityId && (o.OwnerId == db.CallerPersonId || db.AccountsCallerWorks.Any(a => a.Id == o.AccountId)))))
            .PartnerWrite("those of deals it sees", Rule.Rows<StageChange>((db, s) => db.Opportunities.Any(o => o.Id == s.OpportunityId)));
        // Credit among the company's people is the company's decision: partners read the splits of their deals, never set them.
        rules.Entity<OpportunitySplit>()
            .PartnersRead("those of deals it sees", (db, s) => db.Opportunities.Any(o => o.Id == s.OpportunityId))
            .StaffWrite("those of deals they may change", Rule.Rows<OpportunitySplit>((db, s) => db.Opportunities.Any(o =>
                o.Id == s.OpportunityId && (o.OwnerId == db.CallerPersonId || db.AccountsCallerWorks.Any(a => a.Id == o.AccountId)))));
        rules.Entity<OpportunityContact>()
            .PartnersRead("those of deals it sees", (db, r) => db.Opportunities.Any(o => o.Id == r.OpportunityId))
            .StaffWrite("those of deals they may change", Rule.Rows<OpportunityContact>((db, r) => db.Opportunities.Any(o =>
                o.Id == r.OpportunityId && (o.OwnerId == db.CallerPersonId || db.AccountsCallerWorks.Any(a => a.Id == o.AccountId)))))
            .PartnerWrite("those of deals it sees",
                Rule.Rows<OpportunityContact>((db, r) => db.Opportunities.Any(o => o.Id == r.OpportunityId)));
    }
}
