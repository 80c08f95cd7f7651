using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Revenue;

/// <summary>One month of an account's history with the months it is compared with (null when not recorded).</summary>
public sealed record RevenueMonth(int AccountId, int Month, decimal Revenue, decimal ItRevenue, decimal? PreviousMonth, decimal? YearBefore)
{
    /// <summary>Growth on the month before, as a fraction (0.05 is +5 %); null without a non-zero month to compare.</summary>
    public double? MonthOverMonth => RevenueHistory.Growth(Revenue, PreviousMonth);

    /// <summary>Growth on the same month a year before; null without a non-zero month to compare.</summary>
    public double? YearOverYear => RevenueHistory.Growth(Revenue, YearBefore);
}

/// <summary>Revenue histories and company trends, read in SQL: the months compared are seeks on the (account, month) index.</summary>
public static class RevenueHistory
{
    /// <summary>The accounts' months in [from, to], oldest first, each beside the month before and the year before.</summary>
    public static async Task<List<RevenueMonth>> ReadAsync(GraphKamDbContext db, IReadOnlyCollection<int> accountIds, int from, int to,
        CancellationToken cancellationToken)
    {
        var records = db.RevenueRecords.AsNoTracking();
        return await records.Where(r => accountIds.Contains(r.AccountId) && r.Month >= from && r.Month <= to)
            .OrderBy(r => r.AccountId).ThenBy(r => r.Month)
            .Select(r => new RevenueMonth(r.AccountId, r.Month, r.Revenue, r.ItRevenue,
                records.Where(p => p.AccountId == r.AccountId && p.Month == r.Month - 1).Select(p => (decimal?)p.Revenue).FirstOrDefault(),
                records.Where(p => p.AccountId == r.AccountId && p.Month == r.Month - 12).Select(p => (decimal?)p.Revenue).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Company totals per month in [from, to] (months with no record are left out), with the same comparisons.</summary>
    public static async Task<List<RevenueTrendMonth>> TrendAsync(GraphKamDbContext db, int from, int to, CancellationToken cancellationToken)
    {
        // The year before the range too, so that its first months have something to compare with.
        var totals = await db.RevenueRecords.Where(r => r.Month >= from - 12 && r.Month <= to)
            .GroupBy(r => r.Month)
            .Select(g => new { Month = g.Key, Revenue = g.Sum(r => r.Revenue), ItRevenue = g.Sum(r => r.ItRevenue), Accounts = g.Count() })
            .ToDictionaryAsync(t => t.Month, cancellationToken);
        return totals.Values.Where(t => t.Month >= from).OrderBy(t => t.Month)
            .Select(t => new RevenueTrendMonth(t.Month, t.Revenue, t.ItRevenue, t.Accounts,
                totals.GetValueOrDefault(t.Month - 1)?.Revenue, totals.GetValueOrDefault(t.Month - 12)?.Revenue))
            .ToList();
    }

    /// <summary>Growth as a fraction (0.05 is +5 %); null without a non-zero earlier figure to compare with.</summary>
    public static double? Growth(decimal now, decimal? earlier) => earlier is { } e && e != 0 ? (double)((now - e) / e) : null;
}

/// <summary>The company's revenue in one month: every account's record summed.</summary>
public sealed record RevenueTrendMonth(int Month, decimal Revenue, decimal ItRevenue, int Accounts, decimal? PreviousMonth, decimal? YearBefore)
{
    public double? MonthOverMonth => RevenueHistory.Growth(Revenue, PreviousMonth);
    public double? YearOverYear => RevenueHistory.Growth(Revenue, YearBefore);
}
