using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Capacity;

/// <summary>How many of a rep's accounts are in one tier of the default policy (null: not graded).</summary>
public sealed record TierCount(string? TierCode, int Count);

/// <summary>One rep's book: the accounts they cover, by tier, against what one rep of their kind can cover.</summary>
public sealed record CapacityRow(User User, Coverage Coverage, int Accounts, IReadOnlyList<TierCount> ByTier, int Capacity)
{
    public bool OverCapacity => Accounts > Capacity;
    public double Load => (double)Accounts / Capacity;
}

/// <summary>What <c>salesCapacity(where)</c> selects: some people, one kind of rep, only those over capacity.</summary>
public sealed record SalesCapacityFilter(IReadOnlyList<int>? UserIds, Coverage? Coverage, bool? OverCapacity);

/// <summary>
/// The books of the reps (account managers are outside sales, inside sales the phone team), in two statements: the
/// reps, and their covered accounts grouped by rep and tier. A rep covers the active accounts they own and those on
/// whose team they now hold OUTSIDE_SALES or INSIDE_SALES (an account counts once per rep); other team roles
/// (engineers, service managers, sponsors) support an account without taking a seat of coverage.
/// </summary>
public static class SalesCapacity
{
    private sealed class Cover
    {
        public int UserId { get; init; }
        public int AccountId { get; init; }
    }

    public static async Task<List<CapacityRow>> ReadAsync(GraphKamDbContext db, CapacityOptions options, SalesCapacityFilter filter,
        DateTime now, CancellationToken cancellationToken)
    {
        var reps = await Reps.Of(db, filter.UserIds, filter.Coverage).ToListAsync(cancellationToken);
        var ids = reps.Select(r => r.Id).ToList();
        var owned = db.Accounts.Where(a => a.ArchivedAt == null && a.OwnerId != null && ids.Contains(a.OwnerId.Value))
            .Select(a => new Cover { UserId = a.OwnerId!.Value, AccountId = a.Id });
        var joined = db.AccountTeamMembers.Where(Periods.ActiveAt<AccountTeamMember>(now)).Where(m => ids.Contains(m.UserId)
                && (m.Role == TeamRole.OutsideSales || m.Role == TeamRole.InsideSales) && m.Account!.ArchivedAt == null)
            .Select(m => new Cover { UserId = m.UserId, AccountId = m.AccountId });
        var counts = await (
            from c in owned.Union(joined)
            join t in db.AccountTiers.Where(t => t.Policy!.IsDefault) on c.AccountId equals t.AccountId into tiers
            from t in tiers.DefaultIfEmpty()
            group c by new { c.UserId, TierCode = t == null ? null : t.TierCode } into g
            select new { g.Key.UserId, g.Key.TierCode, Count = g.Count() }).ToListAsync(cancellationToken);

        var rows = reps.Select(rep =>
        {
            var coverage = Reps.CoverageOf(rep);
            var byTier = counts.Where(c => c.UserId == rep.Id).OrderBy(c => c.TierCode ?? "\uffff", StringComparer.Ordinal)
                .Select(c => new TierCount(c.TierCode, c.Count)).ToList();
            var capacity = coverage == Coverage.Outside ? options.OutsideAccounts : options.InsideAccounts;
            return new CapacityRow(rep, coverage, byTier.Sum(t => t.Count), byTier, capacity);
        });
        return [.. rows.Where(r => filter.OverCapacity == null || r.OverCapacity == filter.OverCapacity)
            .OrderByDescending(r => r.Load).ThenBy(r => r.User.Name, StringComparer.Ordinal)];
    }
}

/// <summary>The reps: account managers (outside sales) and inside sales, the people capacity and quotas apply to.</summary>
internal static class Reps
{
    public static IQueryable<User> Of(GraphKamDbContext db, IReadOnlyList<int>? userIds, Coverage? coverage)
    {
        var reps = db.People.Where(u => u.Role == UserRole.AccountManager || u.Role == UserRole.InsideSales);
        if (userIds != null) reps = reps.Where(u => userIds.Contains(u.Id));
        reps = coverage switch
        {
            null => reps,
            Coverage.Outside => reps.Where(u => u.Role == UserRole.AccountManager),
            Coverage.Inside => reps.Where(u => u.Role == UserRole.InsideSales),
            _ => reps.Where(u => false), // through a channel, partners cover: no rep of ours
        };
        return reps.OrderBy(u => u.Id);
    }

    public static Coverage CoverageOf(User rep) => rep.Role == UserRole.AccountManager ? Coverage.Outside : Coverage.Inside;
}
