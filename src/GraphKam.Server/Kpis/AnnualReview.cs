using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Kpis;

/// <summary>
/// The year-end review of key-account work (年度总结): satisfaction, the number of key accounts and their growth, their
/// share of revenue, projects won, each beside the year before and the year's targets where GraphKam keeps one.
/// </summary>
public sealed record AnnualReview(
    int Year, KpiSnapshot? YearEnd, KpiSnapshot? YearBefore, int NewKeyAccounts, int KeyDealsWon, decimal KeyDealsWonAmount,
    decimal Won, decimal? SalesTarget, double? SatisfactionTarget)
{
    public double? KeyAccountGrowth => YearBefore is { KeyAccounts: > 0 } before && YearEnd != null
        ? (double)(YearEnd.KeyAccounts - before.KeyAccounts) / before.KeyAccounts : null;
    public double? SalesAttainment => SalesTarget is > 0 ? (double)(Won / SalesTarget.Value) : null;
}

public static class AnnualReviews
{
    /// <summary>
    /// The review of <paramref name="year"/> under <paramref name="policy"/>: the year's end is its last snapshot, or the
    /// book as it stands for the current year; the year before is that year's last snapshot (null without one).
    /// </summary>
    public static async Task<AnnualReview> ReadAsync(GraphKamDbContext db, TierPolicy policy, int year, DateTime now, CancellationToken cancellationToken)
    {
        var (first, last) = (SalesMonth.Of(year, 1), SalesMonth.Of(year, 12));
        var yearEnd = year == now.Year ? await KpiFigures.TakeAsync(db, policy, now, CurrentActor.System, cancellationToken)
            : await LastAsync(db, policy, first, last, cancellationToken);
        var before = await LastAsync(db, policy, first - 12, last - 12, cancellationToken);
        var (start, end) = (SalesMonth.Start(first), SalesMonth.Start(last + 1));
        var keyTiers = KpiFigures.KeyTiers(policy);
        var moves = await TierMigrations.BetweenAsync(db, policy, start, end < now ? end : now, cancellationToken);
        var newKey = moves.Where(m => keyTiers.Contains(m.ToTier) && (m.FromTier == null || !keyTiers.Contains(m.FromTier))).Sum(m => m.Accounts);
        var keyIds = db.AccountTiers.Where(t => t.PolicyId == policy.Id && keyTiers.Contains(t.TierCode)).Select(t => t.AccountId);
        var wonInYear = db.Opportunities.Where(o => o.Status == OpportunityStatus.Won && o.ClosedAt >= start && o.ClosedAt < end);
        var keyWon = wonInYear.Where(o => keyIds.Contains(o.AccountId));
        var salesTarget = await db.SalesTargets.Where(t => t.Period == year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && t.OwnerId == null && t.Region == null).Select(t => (decimal?)t.Amount).FirstOrDefaultAsync(cancellationToken);
        var satisfactionTarget = await db.SatisfactionTargets.Where(t => t.Year == year).Select(t => (double?)t.Target).FirstOrDefaultAsync(cancellationToken);
        return new AnnualReview(year, yearEnd, before, newKey, await keyWon.CountAsync(cancellationToken),
            await keyWon.SumAsync(o => o.Amount, cancellationToken), await wonInYear.SumAsync(o => o.Amount, cancellationToken),
            salesTarget, satisfactionTarget);
    }

    private static Task<KpiSnapshot?> LastAsync(GraphKamDbContext db, TierPolicy policy, int first, int last, CancellationToken cancellationToken) =>
        db.KpiSnapshots.AsNoTracking().Where(s => s.PolicyId == policy.Id && s.Month >= first && s.Month <= last)
            .OrderByDescending(s => s.Month).FirstOrDefaultAsync(cancellationToken);
}
