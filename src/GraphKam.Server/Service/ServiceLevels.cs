using System.Linq.Expressions;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Service;

/// <summary>The deadlines a case gets from its account's tier, and whether it missed them.</summary>
public static class ServiceLevels
{
    /// <summary>
    /// The account's tier in the default policy and the deadlines it promises for a case of this severity opened at
    /// <paramref name="openedAt"/>; null when the account has no tier there.
    /// </summary>
    public static async Task<(string TierCode, DateTime RespondBy, DateTime ResolveBy)?> DeadlinesAsync(GraphKamDbContext db,
        int accountId, ServiceSeverity severity, DateTime openedAt, CancellationToken cancellationToken)
    {
        var held = await db.AccountTiers.Where(t => t.AccountId == accountId && t.Policy!.IsDefault)
            .Select(t => new { t.TierCode, t.Policy!.Tiers }).FirstOrDefaultAsync(cancellationToken);
        var tier = held?.Tiers.FirstOrDefault(t => string.Equals(t.Code, held.TierCode, StringComparison.Ordinal));
        if (tier == null) return null;
        return (tier.Code, openedAt.AddHours(tier.ResponseHours), openedAt.AddHours(tier.ResolutionTargets().For(severity)));
    }

    /// <summary>
    /// Whether a case missed a deadline as of <paramref name="now"/>: answered late or not yet answered past the
    /// response deadline, or resolved late or not yet resolved past the resolution deadline. Translated to SQL
    /// (instants are stored as sortable ISO text on SQLite, so the comparisons hold there too).
    /// </summary>
    public static Expression<Func<ServiceCase, bool>> Breached(Func<DateTime> now) =>
        c => (c.FirstResponseAt ?? now()) > c.RespondBy || (c.ResolvedAt ?? now()) > c.ResolveBy;

    /// <summary>The same test in memory, for a case already read.</summary>
    public static bool IsBreached(ServiceCase c, DateTime now) =>
        (c.FirstResponseAt ?? now) > c.RespondBy || (c.ResolvedAt ?? now) > c.ResolveBy;
}
