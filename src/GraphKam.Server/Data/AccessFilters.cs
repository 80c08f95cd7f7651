using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data;

/// <summary>
/// Partner isolation as EF Core query filters, so that lists, <c>node</c>/<c>nodes</c>, nested fields, analytics,
/// mutations' reads and subscription checks all see the same rows: a partner sees its distributor, the accounts
/// assigned to it or on which it has opportunities, its opportunities and registrations, and what hangs off those
/// accounts and opportunities. A row it may not see is simply absent, so it answers exactly as a missing one.
/// Filters read <see cref="GraphKamDbContext.PartnerId"/> of the context running the query (EF Core parameterises it).
/// </summary>
internal static class AccessFilters
{
    public static void Apply(ModelBuilder model, GraphKamDbContext db)
    {
        model.Entity<Distributor>().HasQueryFilter(d => db.PartnerId == null || d.Id == db.PartnerId);
        model.Entity<DistributorAssignment>().HasQueryFilter(x => db.PartnerId == null || x.DistributorId == db.PartnerId);
        model.Entity<Scorecard>().HasQueryFilter(s => db.PartnerId == null || s.DistributorId == db.PartnerId);
        model.Entity<DealRegistration>().HasQueryFilter(r => db.PartnerId == null || r.DistributorId == db.PartnerId);
        model.Entity<ChannelConflict>().HasQueryFilter(c => db.PartnerId == null || c.DistributorId == db.PartnerId || c.OtherDistributorId == db.PartnerId);
        model.Entity<ApiToken>().HasQueryFilter(t => db.PartnerId == null || t.DistributorId == db.PartnerId);
        model.Entity<Opportunity>().HasQueryFilter(o => db.PartnerId == null || o.DistributorId == db.PartnerId);
        model.Entity<Account>().HasQueryFilter(a => db.PartnerId == null
            || db.DistributorAssignments.Any(x => x.AccountId == a.Id && x.DistributorId == db.PartnerId)
            || db.Opportunities.Any(o => o.AccountId == a.Id && o.DistributorId == db.PartnerId));

        // Rows that belong to an account or an opportunity are visible with it (the sets below apply their own filters).
        model.Entity<Contact>().HasQueryFilter(c => db.PartnerId == null || db.Accounts.Any(a => a.Id == c.AccountId));
        model.Entity<Activity>().HasQueryFilter(e => db.PartnerId == null || db.Accounts.Any(a => a.Id == e.AccountId));
        model.Entity<AccountMeasure>().HasQueryFilter(m => db.PartnerId == null || db.Accounts.Any(a => a.Id == m.AccountId));
        model.Entity<AccountTier>().HasQueryFilter(t => db.PartnerId == null || db.Accounts.Any(a => a.Id == t.AccountId));
        model.Entity<TierChange>().HasQueryFilter(t => db.PartnerId == null || db.Accounts.Any(a => a.Id == t.AccountId));
        model.Entity<RolePlan>().HasQueryFilter(p => db.PartnerId == null || db.Contacts.Any(c => c.Id == p.ContactId));
        model.Entity<ActivityContact>().HasQueryFilter(p => db.PartnerId == null || db.Activities.Any(e => e.Id == p.ActivityId));
        model.Entity<ContactLink>().HasQueryFilter(l => db.PartnerId == null || db.Contacts.Any(c => c.Id == l.ContactId));
        model.Entity<StageChange>().HasQueryFilter(s => db.PartnerId == null || db.Opportunities.Any(o => o.Id == s.OpportunityId));
        model.Entity<OpportunityContact>().HasQueryFilter(r => db.PartnerId == null || db.Opportunities.Any(o => o.Id == r.OpportunityId));

        // The company's targets and people are internal: a partner sees only itself.
        model.Entity<SalesTarget>().HasQueryFilter(t => db.PartnerId == null);
        model.Entity<User>().HasQueryFilter(u => db.PartnerId == null || u.Id == db.CallerPersonId);
        model.Entity<Login>().HasQueryFilter(l => db.PartnerId == null || l.PersonId == db.CallerPersonId);
        model.Entity<RefreshToken>().HasQueryFilter(t => db.PartnerId == null || db.Users.Any(l => l.Id == t.LoginId));
    }
}
