using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary>Reads what scoring needs for many accounts at once: one query for accounts, one for the named measures the policy uses.</summary>
internal static class TierFactsReader
{
    public static async Task<Dictionary<int, AccountFacts>> ReadAsync(GraphKamDbContext db, TierPolicy policy,
        IReadOnlyCollection<int>? accountIds, CancellationToken cancellationToken)
    {
        var named = policy.Metrics.Select(m => m.Measure).Where(m => !AccountMeasures.BuiltIn.Contains(m)).Distinct().ToList();
        var measures = named.Count == 0
            ? []
            : (await db.AccountMeasures.AsNoTracking()
                    .Where(m => named.Contains(m.Key) && (accountIds == null || accountIds.Contains(m.AccountId)))
                    .Select(m => new { m.AccountId, m.Key, m.Value })
                    .ToListAsync(cancellationToken))
                .GroupBy(m => m.AccountId)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(m => m.Key, m => m.Value));

        var none = new Dictionary<string, decimal>();
        return await db.Accounts.AsNoTracking()
            .Where(a => a.ArchivedAt == null && (accountIds == null || accountIds.Contains(a.Id)))
            .Select(a => new { a.Id, a.Employees, a.MonthlyRevenue, a.MonthlyItRevenue, a.ProductsInUse, a.Strategic, a.Industry, a.Scale })
            .ToDictionaryAsync(a => a.Id, a => new AccountFacts(a.Employees, a.MonthlyRevenue, a.MonthlyItRevenue, a.ProductsInUse,
                a.Strategic, a.Industry, a.Scale, measures.GetValueOrDefault(a.Id) ?? none), cancellationToken);
    }
}
