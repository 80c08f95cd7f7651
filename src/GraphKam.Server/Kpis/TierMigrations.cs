using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Kpis;

/// <summary>
/// Who moved between tiers from one instant to another, read from the tier history (every grading change is a
/// <see cref="TierChange"/>), so any two instants compare without a stored copy of every account's tier.
/// </summary>
public static class TierMigrations
{
    /// <summary>
    /// Per pair of tiers, the active accounts graded in a tier at <paramref name="toInstant"/> that were in
    /// the first at <paramref name="fromInstant"/> (null: not yet graded then). Stays are the diagonal.
    /// </summary>
    public static async Task<List<TierMigrationCell>> BetweenAsync(GraphKamDbContext db, TierPolicy policy, DateTime fromInstant,
        DateTime toInstant, CancellationToken cancellationToken)
    {
        var changes = db.TierChanges.Where(c => c.PolicyId == policy.Id);
        var rows = await db.Accounts.Where(a => a.ArchivedAt == null)
            .Select(a => new
            {
                From = changes.Where(c => c.AccountId == a.Id && c.ChangedAt <= fromInstant)
                    .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Select(c => c.ToCode).FirstOrDefault(),
                To = changes.Where(c => c.AccountId == a.Id && c.ChangedAt <= toInstant)
                    .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Select(c => c.ToCode).FirstOrDefault(),
            })
            .Where(r => r.To != null)
            .GroupBy(r => new { r.From, r.To })
            .Select(g => new { g.Key.From, g.Key.To, Accounts = g.Count() })
            .ToListAsync(cancellationToken);
        var rank = policy.Tiers.ToDictionary(t => t.Code, t => t.Rank);
        int Rank(string? code) => code != null && rank.TryGetValue(code, out var r) ? r : int.MaxValue;
        return rows.Select(r => new TierMigrationCell(r.From, r.To!, r.Accounts))
            .OrderBy(c => c.FromTier == null ? int.MinValue : Rank(c.FromTier)).ThenBy(c => Rank(c.ToTier)).ToList();
    }
}
