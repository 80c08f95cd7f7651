using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary>
/// An account's credit line: the limit its tier in the default policy grants, what its open deals already take
/// (<see cref="Used"/>), what remains (never below 0), and the tier's fee discount.
/// </summary>
public sealed record CreditLine(string TierCode, decimal Limit, decimal Used, double? FeeDiscountPercent)
{
    public decimal Remaining => Math.Max(Limit - Used, 0m);
}

/// <summary>How credit lines are read: the rule is here once, for the account field and the deal check alike.</summary>
public static class CreditLines
{
    /// <summary>
    /// The credit lines of accounts, in three statements (the default policy, the accounts' tiers in it, their open
    /// deals' amounts summed per account in SQL). An account whose tier grants no credit limit has none; "used" is the
    /// sum of the amounts of its open deals (whatever their stage or probability), leaving out
    /// <paramref name="exceptOpportunity"/> (the deal being changed, judged on its new amount).
    /// </summary>
    public static async Task<Dictionary<int, CreditLine>> ForAsync(GraphKamDbContext db, IReadOnlyCollection<int> accountIds,
        int? exceptOpportunity, CancellationToken cancellationToken)
    {
        var policy = await TierPolicies.FindAsync(db.TierPolicies.AsNoTracking(), null, cancellationToken);
        if (policy == null) return [];
        var limited = policy.Tiers.Where(t => t.CreditLimit != null).ToDictionary(t => t.Code);
        var tiers = await db.AccountTiers.Where(t => t.PolicyId == policy.Id && accountIds.Contains(t.AccountId))
            .Select(t => new { t.AccountId, t.TierCode }).ToListAsync(cancellationToken);
        var graded = tiers.Where(t => limited.ContainsKey(t.TierCode)).ToList();
        if (graded.Count == 0) return [];
        var ids = graded.Select(t => t.AccountId).ToList();
        var used = await db.Opportunities
            .Where(o => ids.Contains(o.AccountId) && o.Status == OpportunityStatus.Open && o.Id != (exceptOpportunity ?? 0))
            .GroupBy(o => o.AccountId).Select(g => new { AccountId = g.Key, Used = g.Sum(o => o.Amount) })
            .ToDictionaryAsync(u => u.AccountId, u => u.Used, cancellationToken);
        return graded.ToDictionary(t => t.AccountId, t =>
        {
            var tier = limited[t.TierCode];
            return new CreditLine(tier.Code, tier.CreditLimit!.Value, used.GetValueOrDefault(t.AccountId), tier.FeeDiscountPercent);
        });
    }
}
