using System.Linq.Expressions;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Service;

/// <summary>
/// Where an account stands against its tier's whole service standard (default policy): visits, reviews, open and
/// breached service cases, and the dedicated manager. Identified by its account's ID, so that lists of it page.
/// </summary>
public sealed class ServiceStatus : IEntity
{
    public int Id { get; set; }
    public Account Account { get; set; } = null!;
    public DateTime? LastVisitAt { get; set; }
    public int? VisitIntervalDays { get; set; }
    public DateTime? NextVisitDue { get; set; }
    public int OverdueDays { get; set; }
    public DateTime? LastReviewAt { get; set; }
    public int? ReviewIntervalDays { get; set; }
    public DateTime? NextReviewDue { get; set; }
    public int ReviewOverdueDays { get; set; }
    public int OpenCases { get; set; }
    public int BreachedCases { get; set; }

    /// <summary>The earliest deadline an open case has missed; null when none has.</summary>
    public DateTime? FirstMissedDeadline { get; set; }
    public bool DedicatedManagerRequired { get; set; }
    public bool DedicatedManagerMissing { get; set; }
}

public static class ServiceCompliance
{
    /// <summary>Cases still being worked: not resolved and not closed.</summary>
    public static readonly Expression<Func<ServiceCase, bool>> IsOpen = c =>
        c.Status == ServiceCaseStatus.Open || c.Status == ServiceCaseStatus.Acknowledged || c.Status == ServiceCaseStatus.Reopened;

    /// <summary>
    /// Every active account's service status as of <paramref name="now"/>, computed in SQL (so that it filters, sorts and
    /// pages in the database). A visit or review is due one interval after the last one (or after the account was
    /// created); activities after <paramref name="now"/> do not count. Breached cases are the open ones that missed a
    /// deadline (as the case's own <c>breached</c> says).
    /// </summary>
    /// <param name="accounts">Only these accounts (before anything is computed); null for every active account.</param>
    public static IQueryable<ServiceStatus> Query(DbContext db, DateTime now, IReadOnlyCollection<int>? accounts = null)
    {
        var open = IsOpen;
        var breached = ServiceLevels.Breached(() => now);
        var cases = db.Set<ServiceCase>();
        return db.Set<Account>()
            .Where(a => a.ArchivedAt == null && (accounts == null || accounts.Contains(a.Id)))
            .Select(a => new
            {
                Account = a,
                LastVisitAt = a.Activities.Where(x => x.Type == ActivityKind.Visit && x.OccurredAt <= now).Max(x => (DateTime?)x.OccurredAt),
                LastReviewAt = a.Activities.Where(x => x.Type == ActivityKind.Review && x.OccurredAt <= now).Max(x => (DateTime?)x.OccurredAt),
                Tier = a.Tiers.Where(t => t.Policy!.IsDefault)
                    .Select(t => new { t.VisitIntervalDays, t.ReviewIntervalDays, t.DedicatedManager }).FirstOrDefault(),
                OpenCases = cases.Where(c => c.AccountId == a.Id).Where(open).Count(),
                BreachedCases = cases.Where(c => c.AccountId == a.Id).Where(open).Where(breached).Count(),
                FirstMissedDeadline = cases.Where(c => c.AccountId == a.Id).Where(open).Where(breached)
                    .Min(c => (DateTime?)((c.FirstResponseAt ?? now) > c.RespondBy ? c.RespondBy : c.ResolveBy)),
            })
            .Select(r => new
            {
                r.Account,
                r.LastVisitAt,
                r.LastReviewAt,
                Visit = r.Tier == null ? null : (int?)r.Tier.VisitIntervalDays,
                // Rows graded before the review interval was kept hold 0 until start-up grades them again.
                Review = r.Tier == null || r.Tier.ReviewIntervalDays == 0 ? null : (int?)r.Tier.ReviewIntervalDays,
                Dedicated = r.Tier != null && r.Tier.DedicatedManager,
                r.OpenCases,
                r.BreachedCases,
                r.FirstMissedDeadline,
            })
            .Select(r => new ServiceStatus
            {
                Id = r.Account.Id,
                Account = r.Account,
                LastVisitAt = r.LastVisitAt,
                VisitIntervalDays = r.Visit,
                NextVisitDue = r.Visit == null ? null : (DateTime?)(r.LastVisitAt ?? r.Account.CreatedAt).AddDays(r.Visit.Value),
                OverdueDays = r.Visit == null ? 0
                    : Math.Max(0, SqlDates.DaysBetween((r.LastVisitAt ?? r.Account.CreatedAt).AddDays(r.Visit.Value), now)),
                LastReviewAt = r.LastReviewAt,
                ReviewIntervalDays = r.Review,
                NextReviewDue = r.Review == null ? null : (DateTime?)(r.LastReviewAt ?? r.Account.CreatedAt).AddDays(r.Review.Value),
                ReviewOverdueDays = r.Review == null ? 0
                    : Math.Max(0, SqlDates.DaysBetween((r.LastReviewAt ?? r.Account.CreatedAt).AddDays(r.Review.Value), now)),
                OpenCases = r.OpenCases,
                BreachedCases = r.BreachedCases,
                FirstMissedDeadline = r.FirstMissedDeadline,
                DedicatedManagerRequired = r.Dedicated,
                DedicatedManagerMissing = r.Dedicated && r.Account.OwnerId == null,
            });
    }
}
