using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Errors;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary>How many accounts, and how much of the revenue, one tier holds.</summary>
public sealed record TierBucket(Tier Tier, int AccountCount, double AccountShare, decimal Revenue, double Share);

/// <summary>The 80/20 view: what share of revenue the top X % of accounts bring, and which accounts they are.</summary>
public sealed record RevenueConcentration(
    double TopPercent, int AccountCount, int TotalAccounts, decimal Revenue, decimal TotalRevenue,
    TierPolicy Policy, Expression<Func<Account, bool>> IsTop, IReadOnlyList<TierBucket> Tiers)
{
    public double AccountShare => TotalAccounts == 0 ? 0 : (double)AccountCount / TotalAccounts;
    public double RevenueShare => TotalRevenue == 0 ? 0 : (double)(Revenue / TotalRevenue);
}

/// <summary>The tier views, computed by GROUP BY and SUM in SQL over active accounts.</summary>
public static class TierViews
{
    /// <summary>The active accounts, or those of them that <paramref name="where"/> selects.</summary>
    public static Expression<Func<Account, bool>> Active(Expression<Func<Account, bool>>? where) =>
        where == null ? a => a.ArchivedAt == null : Predicates.And(a => a.ArchivedAt == null, where);

    public static async Task<List<TierBucket>> DistributionAsync(GraphKamDbContext db, TierPolicy policy,
        Expression<Func<Account, bool>> selected, CancellationToken cancellationToken)
    {
        var ids = db.Accounts.Where(selected).Select(a => a.Id);
        var rows = await db.AccountTiers.Where(t => t.PolicyId == policy.Id && ids.Contains(t.AccountId))
            .GroupBy(t => t.TierCode)
            .Select(g => new { Code = g.Key, Count = g.Count(), Revenue = g.Sum(t => t.Account!.MonthlyRevenue) })
            .ToListAsync(cancellationToken);
        var (count, revenue) = (rows.Sum(r => r.Count), rows.Sum(r => r.Revenue));
        return policy.Tiers.OrderBy(t => t.Rank).Select(tier =>
        {
            var row = rows.FirstOrDefault(r => r.Code == tier.Code);
            var (tierCount, tierRevenue) = (row?.Count ?? 0, row?.Revenue ?? 0);
            return new TierBucket(tier, tierCount, count == 0 ? 0 : (double)tierCount / count, tierRevenue,
                revenue == 0 ? 0 : (double)(tierRevenue / revenue));
        }).ToList();
    }

    public static async Task<RevenueConcentration> ConcentrationAsync(GraphKamDbContext db, TierPolicy policy, double topPercent,
        Expression<Func<Account, bool>> selected, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.Where(selected);
        if (!(topPercent > 0 && topPercent <= 100))
            throw new CodedError("INVALID_ARGUMENT", $"`topPercent` must be more than 0 and at most 100 (got {topPercent}).");
        var total = await accounts.CountAsync(cancellationToken);
        var totalRevenue = total == 0 ? 0 : await accounts.SumAsync(a => a.MonthlyRevenue, cancellationToken);
        // The top k accounts by revenue, ties broken by ID; k rounds up, so "top 20 % of 7" is 2 accounts.
        var k = (int)Math.Ceiling(total * topPercent / 100);
        var byRevenue = accounts.OrderByDescending(a => a.MonthlyRevenue).ThenBy(a => a.Id);
        var last = k == 0 ? null : await byRevenue.Skip(k - 1).Select(a => new { a.MonthlyRevenue, a.Id }).FirstAsync(cancellationToken);
        Expression<Func<Account, bool>> aboveBoundary = last == null
            ? a => false
            : a => a.MonthlyRevenue > last.MonthlyRevenue || (a.MonthlyRevenue == last.MonthlyRevenue && a.Id <= last.Id);
        var isTop = Predicates.And(selected, aboveBoundary);
        var revenue = k == 0 ? 0 : await db.Accounts.Where(isTop).SumAsync(a => a.MonthlyRevenue, cancellationToken);
        var tiers = await DistributionAsync(db, policy, isTop, cancellationToken);
        return new RevenueConcentration(topPercent, k, total, revenue, totalRevenue, policy, isTop, tiers);
    }
}
