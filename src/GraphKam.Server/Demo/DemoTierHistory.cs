using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Demo;

/// <summary>
/// The demo's tier history over its two years, so that <c>tierMigration</c> and an account's tier history tell the
/// same story as the KPI snapshots: every account was first graded two years ago (not the moment the demo was
/// seeded), and each promoted key account was first graded in the tier below and moved up in the month it was promoted.
/// </summary>
public static class DemoTierHistory
{
    public static async Task BackdateAsync(GraphKamDbContext db, TierPolicy policy, IReadOnlyDictionary<int, int> promotedAt,
        string? below, int firstMonth, Random random, CancellationToken cancellationToken)
    {
        var graded = SalesMonth.Start(firstMonth);
        var initial = await db.TierChanges.AsTracking().Where(c => c.PolicyId == policy.Id && c.FromCode == null)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var tiers = policy.Tiers.ToDictionary(t => t.Code);
        foreach (var first in initial)
        {
            first.ChangedAt = graded;
            if (below == null || !promotedAt.TryGetValue(first.AccountId, out var month)
                || !tiers.TryGetValue(first.ToCode, out var reached) || !reached.DedicatedManager) continue;
            var start = tiers[below].MinScore;
            db.TierChanges.Add(new TierChange
            {
                AccountId = first.AccountId,
                PolicyId = policy.Id,
                FromCode = below,
                ToCode = first.ToCode,
                Score = first.Score,
                Reason = "revenue and products grew",
                ChangedAt = SalesMonth.Start(month).AddDays(random.Next(27)).AddHours(9),
                ChangedBy = first.ChangedBy,
            });
            first.ToCode = below;
            first.Score = Math.Round(start + random.NextDouble() * (reached.MinScore - start), 1);
        }
    }
}
