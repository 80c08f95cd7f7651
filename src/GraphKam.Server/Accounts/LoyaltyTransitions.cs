using System.Linq.Expressions;
using GraphKam.GraphQL.Errors;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

/// <summary>How many accounts moved from one loyalty stage to another in a period (from null: created at that stage).</summary>
public sealed record LoyaltyTransition(LoyaltyStage? From, LoyaltyStage To, int Count);

/// <summary><c>loyaltyTransitions</c>: the stage changes of the selected accounts in a period, counted by GROUP BY in SQL.</summary>
public static class LoyaltyTransitions
{
    public static async Task<List<LoyaltyTransition>> CountAsync(GraphKamDbContext db, Expression<Func<Account, bool>> selected,
        DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        if (to <= from) throw new CodedError("INVALID_ARGUMENT", "`to` must be after `from`.");
        var accounts = db.Accounts.Where(selected).Select(a => a.Id);
        var rows = await db.LoyaltyStageChanges
            .Where(c => c.ChangedAt >= from && c.ChangedAt < to && accounts.Contains(c.AccountId))
            .GroupBy(c => new { c.FromStage, c.ToStage })
            .Select(g => new { g.Key.FromStage, g.Key.ToStage, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new LoyaltyTransition(r.FromStage, r.ToStage, r.Count))
            .OrderBy(r => r.From ?? 0).ThenBy(r => r.To).ToList();
    }
}
