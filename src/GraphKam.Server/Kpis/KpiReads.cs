using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Kpis;

/// <summary>How <c>kpiHistory</c> groups its months.</summary>
[System.ComponentModel.Description("How `kpiHistory` groups its months.")]
public enum KpiGrouping
{
    [System.ComponentModel.Description("One snapshot per month.")] Month = 1,
    [System.ComponentModel.Description("The last snapshot of each quarter (figures as the quarter ends).")] Quarter = 2,
    [System.ComponentModel.Description("The last snapshot of each year.")] Year = 3,
}

/// <summary>The KPI reads: a policy's snapshots over months, and the tier migration matrix between two months.</summary>
public static class KpiReads
{
    public static async Task<List<KpiSnapshot>> HistoryAsync(GraphKamDbContext db, TierPolicy policy, int from, int to, KpiGrouping groupBy,
        CancellationToken cancellationToken)
    {
        var snapshots = await db.KpiSnapshots.AsNoTracking().Where(s => s.PolicyId == policy.Id && s.Month >= from && s.Month <= to)
            .OrderBy(s => s.Month).ToListAsync(cancellationToken);
        Func<int, int> period = groupBy switch { KpiGrouping.Quarter => m => m / 3, KpiGrouping.Year => m => m / 12, _ => m => m };
        return [.. snapshots.GroupBy(s => period(s.Month)).Select(g => g.Last())];
    }

    /// <summary>Accounts by tier at the end of <paramref name="from"/> and at the end of <paramref name="to"/> (now, for the current month).</summary>
    public static async Task<TierMigrationMatrix> MatrixAsync(GraphKamDbContext db, TierPolicy policy, int from, int to, DateTime now,
        CancellationToken cancellationToken)
    {
        DateTime End(int month) => Min(SalesMonth.Start(month + 1), now);
        var cells = await TierMigrations.BetweenAsync(db, policy, End(from), End(to), cancellationToken);
        return new TierMigrationMatrix(SalesMonth.Format(from), SalesMonth.Format(to),
            [.. policy.Tiers.OrderBy(t => t.Rank).Select(t => t.Code)], cells);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    public static async Task<TierPolicy> PolicyAsync(GraphKamDbContext db, string? key, CancellationToken cancellationToken) =>
        await TierPolicies.FindAsync(db.TierPolicies.AsNoTracking(), key, cancellationToken) ?? throw TierPolicies.NotFound(key);
}
