using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.Tiers;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Kpis;

/// <summary>
/// Takes a policy's KPI snapshot of the month an instant falls in, from the book as it stands: the tiers' accounts and
/// revenue (GROUP BY in SQL), the key accounts' share and satisfaction, the month's closed deals and forecast.
/// Key accounts are those in the policy's tiers with a dedicated manager (A1–B1 in China Mobile's grading).
/// </summary>
public static class KpiFigures
{
    /// <summary>The policy's key-account tiers: those that promise a dedicated account manager.</summary>
    public static List<string> KeyTiers(TierPolicy policy) => [.. policy.Tiers.Where(t => t.DedicatedManager).Select(t => t.Code)];

    public static async Task<KpiSnapshot> TakeAsync(GraphKamDbContext db, TierPolicy policy, DateTime now, string actor,
        CancellationToken cancellationToken)
    {
        var month = SalesMonth.Of(now);
        var (start, end) = (SalesMonth.Start(month), SalesMonth.Start(month + 1));
        var buckets = await TierViews.DistributionAsync(db, policy, TierViews.Active(null), cancellationToken);
        var keyTiers = KeyTiers(policy);
        var key = buckets.Where(b => keyTiers.Contains(b.Tier.Code)).ToList();
        var satisfaction = await db.AccountTiers
            .Where(t => t.PolicyId == policy.Id && keyTiers.Contains(t.TierCode) && t.Account!.ArchivedAt == null && t.Account.Satisfaction != null)
            .AverageAsync(t => t.Account!.Satisfaction, cancellationToken);
        var closed = await db.Opportunities.Where(o => o.ClosedAt >= start && o.ClosedAt < end)
            .GroupBy(o => o.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var (won, lost) = (Count(OpportunityStatus.Won), Count(OpportunityStatus.Lost));
        int Count(OpportunityStatus status) => closed.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
        var pipeline = await db.Opportunities.Where(o => o.Status == OpportunityStatus.Open).SumAsync(o => o.Amount, cancellationToken);
        var period = new SalesPeriod(SalesMonth.Format(month), start, end);
        var forecast = (await ForecastAnalytics.ForecastAsync(db, o => true, period, PipelineGrouping.Region, cancellationToken)).Total;
        return new KpiSnapshot
        {
            Month = month,
            PolicyId = policy.Id,
            TakenAt = now,
            TakenBy = actor,
            Accounts = buckets.Sum(b => b.AccountCount),
            KeyAccounts = key.Sum(b => b.AccountCount),
            KeyAccountRevenue = key.Sum(b => b.Revenue),
            CompanyRevenue = buckets.Sum(b => b.Revenue),
            Satisfaction = satisfaction,
            WinRate = won + lost == 0 ? null : (double)won / (won + lost),
            Pipeline = pipeline,
            Won = forecast.Won,
            Target = forecast.Target,
            ForecastAttainment = forecast.Attainment,
            Tiers = [.. buckets.Select(b => new KpiTierFigure(b.Tier.Code, b.AccountCount, b.Revenue))],
            Migrations = await TierMigrations.BetweenAsync(db, policy, start, now, cancellationToken),
        };
    }

    /// <summary>Stores a snapshot, replacing the policy's earlier one of the same month.</summary>
    public static async Task<KpiSnapshot> SaveAsync(GraphKamDbContext db, KpiSnapshot snapshot, CancellationToken cancellationToken)
    {
        await db.KpiSnapshots.Where(s => s.PolicyId == snapshot.PolicyId && s.Month == snapshot.Month).ExecuteDeleteAsync(cancellationToken);
        db.KpiSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }
}
