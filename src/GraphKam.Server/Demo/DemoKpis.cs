using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Demo;

/// <summary>
/// Two years of monthly KPI snapshots for the demo, made after grading, so the dashboard's trend charts have a story:
/// the current month is taken as the job would take it; earlier months count the accounts by their tier then (about a
/// third of today's key accounts were promoted from the tier below during the two years), their revenue from that
/// month's records, the deals closed and forecast in that month, and a satisfaction that climbed to today's.
/// Only when demo seeding is on and no snapshot exists.
/// </summary>
public sealed class DemoKpiStartup(IOptions<DemoDataOptions> options, TimeProvider clock, ILogger<DemoKpiStartup> logger)
    : IDatabaseStartup
{
    public StartupStage Stage => StartupStage.Derived;

    public async Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData || await db.KpiSnapshots.AnyAsync(cancellationToken)
            || !await db.RevenueRecords.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(DemoData.RandomSeed + 33);
        var current = SalesMonth.Of(now);
        foreach (var policy in await db.TierPolicies.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken))
        {
            var tiers = await db.AccountTiers.Where(t => t.PolicyId == policy.Id && t.Account!.ArchivedAt == null)
                .Select(t => new AccountTierThen(t.AccountId, t.TierCode)).ToListAsync(cancellationToken);
            var ranked = policy.Tiers.OrderBy(t => t.Rank).ToList();
            var key = KpiFigures.KeyTiers(policy);
            var below = ranked.FirstOrDefault(t => !t.DedicatedManager)?.Code;
            // The month each promoted key account reached its tier; before it, it was in the first tier below the key ones.
            var promotedAt = tiers.Where(t => below != null && key.Contains(t.TierCode) && random.NextDouble() < 0.35)
                .ToDictionary(t => t.AccountId, _ => current - 1 - random.Next(DemoRevenue.Months - 1));
            await DemoTierHistory.BackdateAsync(db, policy, promotedAt, below, current - DemoRevenue.Months, random, cancellationToken);
            await db.SaveChangesAsync(cancellationToken); // today's snapshot reads the history as it now stands
            var today = await KpiFigures.TakeAsync(db, policy, now, "demo", cancellationToken);
            db.KpiSnapshots.Add(today);
            db.KpiSnapshots.AddRange(await HistoryAsync(db, policy, tiers, promotedAt, below, today, now, random, cancellationToken));
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Months} months of demo KPI snapshots.", DemoRevenue.Months);
    }

    private sealed record AccountTierThen(int AccountId, string TierCode);

    private static async Task<List<KpiSnapshot>> HistoryAsync(GraphKamDbContext db, TierPolicy policy, List<AccountTierThen> tiers,
        Dictionary<int, int> promotedAt, string? below, KpiSnapshot today, DateTime now, Random random, CancellationToken cancellationToken)
    {
        var current = SalesMonth.Of(now);
        var ranked = policy.Tiers.OrderBy(t => t.Rank).ToList();
        var key = KpiFigures.KeyTiers(policy);
        var revenue = await db.RevenueRecords.Where(r => r.Month > current - DemoRevenue.Months && r.Month < current)
            .Select(r => new { r.AccountId, r.Month, r.Revenue }).ToListAsync(cancellationToken);
        var byMonth = revenue.ToLookup(r => r.Month);
        var closed = await db.Opportunities.Where(o => o.ClosedAt != null && o.Status != OpportunityStatus.Open)
            .Select(o => new { o.ClosedAt, o.Status }).ToListAsync(cancellationToken);
        var snapshots = new List<KpiSnapshot>();
        for (var month = current - DemoRevenue.Months + 1; month < current; month++)
        {
            string TierThen(int accountId, string code) => promotedAt.TryGetValue(accountId, out var at) && month < at ? below! : code;
            var revenueOf = byMonth[month].ToDictionary(r => r.AccountId, r => r.Revenue);
            var then = tiers.Select(t => (t.AccountId, Tier: TierThen(t.AccountId, t.TierCode), Revenue: revenueOf.GetValueOrDefault(t.AccountId))).ToList();
            var (start, end) = (SalesMonth.Start(month), SalesMonth.Start(month + 1));
            var won = closed.Count(o => o.ClosedAt >= start && o.ClosedAt < end && o.Status == OpportunityStatus.Won);
            var all = closed.Count(o => o.ClosedAt >= start && o.ClosedAt < end);
            var forecast = (await ForecastAnalytics.ForecastAsync(db, o => true, new SalesPeriod(SalesMonth.Format(month), start, end),
                PipelineGrouping.Region, cancellationToken)).Total;
            var back = current - month;
            snapshots.Add(new KpiSnapshot
            {
                Month = month,
                PolicyId = policy.Id,
                TakenAt = start,
                TakenBy = "demo",
                Accounts = then.Count,
                KeyAccounts = then.Count(t => key.Contains(t.Tier)),
                KeyAccountRevenue = then.Where(t => key.Contains(t.Tier)).Sum(t => t.Revenue),
                CompanyRevenue = then.Sum(t => t.Revenue),
                // Satisfaction climbed about a quarter of a point a month to today's.
                Satisfaction = today.Satisfaction is { } s ? Math.Clamp(Math.Round(s - 0.25 * back + (random.NextDouble() - 0.5), 1), 0, 100) : null,
                WinRate = all == 0 ? null : (double)won / all,
                Pipeline = Money.Round(today.Pipeline * (decimal)(1 - 0.01 * back + (random.NextDouble() - 0.5) * 0.04)),
                Won = forecast.Won,
                Target = forecast.Target,
                ForecastAttainment = forecast.Attainment,
                Tiers = [.. ranked.Select(t => new KpiTierFigure(t.Code, then.Count(a => a.Tier == t.Code),
                    then.Where(a => a.Tier == t.Code).Sum(a => a.Revenue)))],
                Migrations = [.. tiers.GroupBy(t => (
                    From: promotedAt.GetValueOrDefault(t.AccountId) == month ? below : TierThen(t.AccountId, t.TierCode),
                    To: TierThen(t.AccountId, t.TierCode)))
                    .Select(g => new TierMigrationCell(g.Key.From, g.Key.To, g.Count()))],
            });
        }
        return snapshots;
    }
}
