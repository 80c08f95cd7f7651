using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Server.Service;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Health;

/// <summary>
/// An account's health as of a moment: the signals found, the score they leave of 100 and its band. Identified by the
/// account's ID, so that lists of it page.
/// </summary>
public sealed class AccountHealth : IEntity
{
    public int Id { get; set; }
    public Account Account { get; set; } = null!;
    public int VisitOverdueDays { get; set; }
    public int ReviewOverdueDays { get; set; }
    public int OpenComplaints { get; set; }
    public int BreachedCases { get; set; }
    public int OpposedContacts { get; set; }

    /// <summary>Mean survey score of the last period, and of the period before it (null without answers).</summary>
    public double? SatisfactionNow { get; set; }
    public double? SatisfactionBefore { get; set; }

    /// <summary>The latest fall of the loyalty stage within the look-back, if any.</summary>
    public LoyaltyStage? LoyaltyFellFrom { get; set; }
    public LoyaltyStage? LoyaltyFellTo { get; set; }
    public int Score { get; set; }
    public HealthBand Band { get; set; }
}

public static class AccountHealthQuery
{
    private static readonly BuyingRole[] Deciders = [BuyingRole.DecisionMaker, BuyingRole.TechnicalGatekeeper, BuyingRole.FinancialGatekeeper];

    /// <summary>
    /// Every active account's health as of <paramref name="now"/>, score and band included, in SQL (so that lists of
    /// it filter, sort and page in the database). The score is 100 less the weight of each signal present.
    /// </summary>
    /// <param name="accounts">Only these accounts; null for every active account.</param>
    public static IQueryable<AccountHealth> Query(DbContext db, DateTime now, HealthOptions options,
        IReadOnlyCollection<int>? accounts = null)
    {
        var (healthyFrom, atRiskBelow) = (options.HealthyFrom, options.AtRiskBelow);
        return Scored(db, now, options, accounts)
            // A no-op (one row per account) that makes the score a column of a derived table: EF Core otherwise copies
            // its expression, every signal's subqueries included, into each place that uses it (clamp, band, filter,
            // order), and on 10,000 accounts the at-risk list took 1.1 s instead of 0.75 s. (A caller that reads only
            // the score, as the health watch does, is cheaper without it.)
            .Distinct()
            // The account is joined last: EF Core cannot follow an entity's navigations out of a derived table.
            .Join(db.Set<Account>(), r => r.Health.Id, a => a.Id, (r, a) => new AccountHealth
            {
                Id = r.Health.Id,
                Account = a,
                VisitOverdueDays = r.Health.VisitOverdueDays,
                ReviewOverdueDays = r.Health.ReviewOverdueDays,
                OpenComplaints = r.Health.OpenComplaints,
                BreachedCases = r.Health.BreachedCases,
                OpposedContacts = r.Health.OpposedContacts,
                SatisfactionNow = r.Health.SatisfactionNow,
                SatisfactionBefore = r.Health.SatisfactionBefore,
                LoyaltyFellFrom = r.Health.LoyaltyFellFrom,
                LoyaltyFellTo = r.Health.LoyaltyFellTo,
                Score = r.Score < 0 ? 0 : r.Score,
                // As HealthOptions.BandOf.
                Band = r.Score < atRiskBelow ? HealthBand.AtRisk : r.Score < healthyFrom ? HealthBand.Watch : HealthBand.Healthy,
            });
    }

    /// <summary>Each active account's signals and its score, 100 less the weight of each signal present (may be below 0).</summary>
    public static IQueryable<ScoredHealth> Scored(DbContext db, DateTime now, HealthOptions options,
        IReadOnlyCollection<int>? accounts = null)
    {
        var w = options.Weights;
        var open = ServiceCompliance.IsOpen;
        var cases = db.Set<ServiceCase>();
        var contacts = db.Set<Contact>();
        var surveys = db.Set<SatisfactionSurvey>();
        var falls = db.Set<LoyaltyStageChange>()
            .Where(c => c.FromStage != null && c.ToStage < c.FromStage && c.ChangedAt <= now);
        var (periodStart, periodBefore) = (now.AddDays(-options.SatisfactionPeriodDays), now.AddDays(-2 * options.SatisfactionPeriodDays));
        var fallSince = now.AddDays(-options.LoyaltyFallDays);
        var drop = options.SatisfactionDropPoints;
        return ServiceCompliance.Query(db, now, accounts).AsDerivedTable()
            .Select(s => new AccountHealth
            {
                Id = s.Id,
                VisitOverdueDays = s.OverdueDays,
                ReviewOverdueDays = s.ReviewOverdueDays,
                BreachedCases = s.BreachedCases,
                OpenComplaints = cases.Where(c => c.AccountId == s.Id && c.Kind == ServiceCaseKind.Complaint).Where(open).Count(),
                OpposedContacts = contacts.Count(c => c.AccountId == s.Id && c.RemovedAt == null && c.Attitude == Attitude.Opponent
                    && Deciders.Contains(c.BuyingRole)),
                SatisfactionNow = surveys.Where(v => v.AccountId == s.Id && v.RecordedAt > periodStart && v.RecordedAt <= now)
                    .Average(v => (double?)v.Score),
                SatisfactionBefore = surveys.Where(v => v.AccountId == s.Id && v.RecordedAt > periodBefore && v.RecordedAt <= periodStart)
                    .Average(v => (double?)v.Score),
                LoyaltyFellFrom = falls.Where(c => c.AccountId == s.Id && c.ChangedAt > fallSince)
                    .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Select(c => c.FromStage).FirstOrDefault(),
                LoyaltyFellTo = falls.Where(c => c.AccountId == s.Id && c.ChangedAt > fallSince)
                    .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Select(c => (LoyaltyStage?)c.ToStage).FirstOrDefault(),
            })
            .AsDerivedTable()
            .Select(h => new ScoredHealth
            {
                Health = h,
                Score = 100 - (h.VisitOverdueDays > 0 ? w.VisitOverdue : 0) - (h.ReviewOverdueDays > 0 ? w.ReviewOverdue : 0)
                    - (h.OpenComplaints > 0 ? w.OpenComplaints : 0) - (h.BreachedCases > 0 ? w.SlaBreached : 0)
                    - (h.OpposedContacts > 0 ? w.OpposedDecisionMaker : 0)
                    - (h.SatisfactionBefore - h.SatisfactionNow >= drop ? w.SatisfactionDrop : 0)
                    - (h.LoyaltyFellTo != null ? w.LoyaltyFall : 0),
            });
    }
}

/// <summary>An account's signals and the score they leave (before it is raised to 0).</summary>
public sealed class ScoredHealth
{
    public AccountHealth Health { get; init; } = null!;
    public int Score { get; init; }
}
