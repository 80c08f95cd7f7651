using GraphKam.Server.Common;
using GraphKam.GraphQL.Errors;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GraphKam.Server.Identity;

/// <summary>
/// Who may change which rows, checked on every save of a caller who may not change everything, whatever mutation
/// made the change (side effects included). Rows are checked as they are after the save, inside the mutation's
/// transaction: a refused change throws, the transaction is never committed, and nothing changed.
/// <list type="bullet">
/// <item>A partner may change only rows it can see (the query filters of <see cref="AccessFilters"/>), so no change
/// can reach another partner's data, nor create a row outside its own.</item>
/// <item>An account manager or inside-sales user may change only what belongs to accounts they own (and opportunities
/// they own): contacts, plans, activities, measures, tiers, opportunities and their history.</item>
/// </list>
/// Logins, roles and tokens are not checked here: only administrators reach their mutations.
/// </summary>
public static class WriteRules
{
    public static bool AppliesTo(AccessScope access) => access.IsPrincipalSet && !access.IsManager;

    /// <summary>The rows a save is about to add or change (their keys are known only after it).</summary>
    public static List<object> Touched(ChangeTracker changes) =>
        changes.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();

    public static async Task CheckAsync(GraphKamDbContext db, AccessScope access, List<object> touched, CancellationToken cancellationToken)
    {
        var allowed = access.PartnerDistributorId != null
            ? await VisibleToPartnerAsync(db, touched, cancellationToken)
            : await OwnedAsync(db, access.PersonId ?? 0, touched, cancellationToken);
        if (!allowed) throw new CodedError(ErrorCodes.AuthNotAuthorized, "You may not make this change.");
    }

    private static async Task<bool> VisibleToPartnerAsync(GraphKamDbContext db, List<object> touched, CancellationToken cancellationToken)
    {
        foreach (var row in touched)
        {
            var visible = row switch
            {
                Account a => await db.Accounts.AnyAsync(x => x.Id == a.Id, cancellationToken),
                Opportunity o => await db.Opportunities.AnyAsync(x => x.Id == o.Id, cancellationToken),
                StageChange s => await db.Opportunities.AnyAsync(x => x.Id == s.OpportunityId, cancellationToken),
                OpportunityContact r => await db.Opportunities.AnyAsync(x => x.Id == r.OpportunityId, cancellationToken),
                DealRegistration r => await db.DealRegistrations.AnyAsync(x => x.Id == r.Id, cancellationToken),
                ChannelConflict c => await db.ChannelConflicts.AnyAsync(x => x.Id == c.Id, cancellationToken),
                Distributor d => await db.Distributors.AnyAsync(x => x.Id == d.Id, cancellationToken),
                Contact c => await db.Contacts.AnyAsync(x => x.Id == c.Id, cancellationToken),
                ContactLink l => await db.Contacts.AnyAsync(x => x.Id == l.ContactId, cancellationToken),
                RolePlan p => await db.RolePlans.AnyAsync(x => x.Id == p.Id, cancellationToken),
                Activity e => await db.Activities.AnyAsync(x => x.Id == e.Id, cancellationToken),
                ActivityContact p => await db.Activities.AnyAsync(x => x.Id == p.ActivityId, cancellationToken),
                AccountMeasure m => await db.Accounts.AnyAsync(x => x.Id == m.AccountId, cancellationToken),
                AccountTier t => await db.Accounts.AnyAsync(x => x.Id == t.AccountId, cancellationToken),
                TierChange t => await db.Accounts.AnyAsync(x => x.Id == t.AccountId, cancellationToken),
                _ => false, // targets, policies, stages, scorecards, assignments, people: the company's, not a partner's
            };
            if (!visible) return false;
        }
        return true;
    }

    private static async Task<bool> OwnedAsync(GraphKamDbContext db, int me, List<object> touched, CancellationToken cancellationToken)
    {
        foreach (var row in touched)
        {
            var owned = row switch
            {
                Account a => await OwnsAccountAsync(db, me, a.Id, cancellationToken),
                Opportunity o => await OwnsOpportunityAsync(db, me, o.Id, cancellationToken),
                StageChange s => await OwnsOpportunityAsync(db, me, s.OpportunityId, cancellationToken),
                OpportunityContact r => await OwnsOpportunityAsync(db, me, r.OpportunityId, cancellationToken),
                Contact c => await OwnsAccountAsync(db, me, c.AccountId, cancellationToken),
                ContactLink l => await db.Contacts.AnyAsync(x => x.Id == l.ContactId && x.Account!.OwnerId == me, cancellationToken),
                RolePlan p => await db.Contacts.AnyAsync(x => x.Id == p.ContactId && x.Account!.OwnerId == me, cancellationToken),
                Activity e => await OwnsAccountAsync(db, me, e.AccountId, cancellationToken),
                ActivityContact p => await db.Activities.AnyAsync(x => x.Id == p.ActivityId && x.Account!.OwnerId == me, cancellationToken),
                AccountMeasure m => await OwnsAccountAsync(db, me, m.AccountId, cancellationToken),
                AccountTier t => await OwnsAccountAsync(db, me, t.AccountId, cancellationToken),
                TierChange t => await OwnsAccountAsync(db, me, t.AccountId, cancellationToken),
                DealRegistration r => await OwnsAccountAsync(db, me, r.AccountId, cancellationToken),
                _ => false,
            };
            if (!owned) return false;
        }
        return true;
    }

    private static Task<bool> OwnsAccountAsync(GraphKamDbContext db, int me, int accountId, CancellationToken cancellationToken) =>
        db.Accounts.AnyAsync(a => a.Id == accountId && a.OwnerId == me, cancellationToken);

    private static Task<bool> OwnsOpportunityAsync(GraphKamDbContext db, int me, int opportunityId, CancellationToken cancellationToken) =>
        db.Opportunities.AnyAsync(o => o.Id == opportunityId && (o.OwnerId == me || o.Account!.OwnerId == me), cancellationToken);
}
