using System.Diagnostics;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary>How a re-grading went: how many accounts were scored and how many changed tier.</summary>
public sealed record GradingResult(int AccountsScored, IReadOnlyList<TierChange> Changes, TimeSpan Elapsed)
{
    public int TierChanges => Changes.Count;
}

/// <summary>
/// Re-grades accounts in one policy: reads the facts in two queries, scores in memory with <see cref="TierScoring"/>,
/// and writes only the assignments that changed, with a <see cref="TierChange"/> where the tier in force changed.
/// A manual override stays in force until it expires; an expired one (or one naming a tier the policy no longer
/// has) is cleared here.
/// </summary>
public sealed class TierGrader(TimeProvider clock)
{
    /// <param name="accountIds">The accounts to re-grade; null for every active account.</param>
    public async Task<GradingResult> RegradeAsync(GraphKamDbContext db, TierPolicy policy, IReadOnlyCollection<int>? accountIds,
        string reason, string changedBy, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var facts = await TierFactsReader.ReadAsync(db, policy, accountIds, cancellationToken);
        var current = await db.AccountTiers.AsNoTracking()
            .Where(t => t.PolicyId == policy.Id && (accountIds == null || accountIds.Contains(t.AccountId)))
            .ToDictionaryAsync(t => t.AccountId, cancellationToken);

        var writes = new List<(AccountTier Assignment, TierChange? Change)>();
        foreach (var (accountId, accountFacts) in facts)
        {
            var score = TierScoring.Score(policy, accountFacts);
            var before = current.GetValueOrDefault(accountId);
            var after = Assign(policy, accountId, score, before, now);
            if (before != null && Same(before, after)) continue;
            var change = before?.TierCode == after.TierCode ? null : new TierChange
            {
                AccountId = accountId,
                PolicyId = policy.Id,
                FromCode = before?.TierCode,
                ToCode = after.TierCode,
                Score = after.Score,
                Reason = before == null ? "initial grading" : WhyOverrideEnded(before, after, now) ?? reason,
                ChangedAt = now,
                ChangedBy = changedBy,
            };
            writes.Add((after, change));
        }
        await TierAssignmentWriter.WriteAsync(db, writes, cancellationToken);
        TierMetrics.Recomputed(stopwatch.Elapsed, everyAccount: accountIds == null);
        return new GradingResult(facts.Count, [.. writes.Select(w => w.Change).OfType<TierChange>()], stopwatch.Elapsed);
    }

    /// <summary>The assignment after scoring: a lasting override keeps its tier in force; otherwise the score decides.</summary>
    private static AccountTier Assign(TierPolicy policy, int accountId, TierScore score, AccountTier? before, DateTime now)
    {
        var overrideTier = before?.OverrideTierCode is { } code && (before.OverrideExpiresAt == null || before.OverrideExpiresAt > now)
            ? policy.Tiers.FirstOrDefault(t => t.Code == code)
            : null;
        var inForce = overrideTier ?? score.Tier;
        return new AccountTier
        {
            AccountId = accountId,
            PolicyId = policy.Id,
            Score = score.Score,
            TierCode = inForce.Code,
            TierRank = inForce.Rank,
            VisitIntervalDays = inForce.VisitIntervalDays,
            ReviewIntervalDays = inForce.ReviewIntervalDays,
            DedicatedManager = inForce.DedicatedManager,
            ComputedTierCode = score.Tier.Code,
            OverrideTierCode = overrideTier?.Code,
            OverrideReason = overrideTier == null ? null : before!.OverrideReason,
            OverrideExpiresAt = overrideTier == null ? null : before!.OverrideExpiresAt,
            OverrideSetBy = overrideTier == null ? null : before!.OverrideSetBy,
            OverrideSetAt = overrideTier == null ? null : before!.OverrideSetAt,
            UpdatedAt = now,
        };
    }

    private static string? WhyOverrideEnded(AccountTier before, AccountTier after, DateTime now) =>
        before.OverrideTierCode == null || after.OverrideTierCode != null ? null
        : before.OverrideExpiresAt <= now ? "override expired"
        : $"override ended: the policy no longer has tier {before.OverrideTierCode}";

    private static bool Same(AccountTier a, AccountTier b) =>
        a.Score == b.Score && a.TierCode == b.TierCode && a.TierRank == b.TierRank && a.VisitIntervalDays == b.VisitIntervalDays
        && a.ReviewIntervalDays == b.ReviewIntervalDays && a.DedicatedManager == b.DedicatedManager
        && a.ComputedTierCode == b.ComputedTierCode
        && a.OverrideTierCode == b.OverrideTierCode && a.OverrideExpiresAt == b.OverrideExpiresAt;
}

public static class TierGraderExtensions
{
    /// <summary>Re-grades inside a mutation's transaction; each tier change is published once the mutation commits.</summary>
    public static async Task<GradingResult> RegradeAsync(this TierGrader grader, MutationScope scope, TierPolicy policy,
        IReadOnlyCollection<int>? accountIds, string reason)
    {
        var result = await grader.RegradeAsync(scope.Db, policy, accountIds, reason, scope.Actor, scope.CancellationToken);
        foreach (var change in result.Changes) scope.Publish(AccountTierChanged.Topic, AccountTierChanged.From(change));
        return result;
    }

    /// <summary>Re-grades one account in every policy, inside the mutation's transaction.</summary>
    public static async Task RegradeAccountAsync(this TierGrader grader, MutationScope scope, int accountId, string reason)
    {
        foreach (var policy in await scope.Db.TierPolicies.AsNoTracking().ToListAsync(scope.CancellationToken))
            await grader.RegradeAsync(scope, policy, [accountId], reason);
    }
}
