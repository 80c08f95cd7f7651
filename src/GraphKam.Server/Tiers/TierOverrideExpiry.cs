using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Tiers;

/// <summary><c>GraphKam:Tiers</c> settings.</summary>
public sealed class TierOptions
{
    /// <summary>How often expired manual overrides are ended.</summary>
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Ends manual tier overrides when they expire: the accounts are re-graded (the score decides again) and the
/// change is recorded. Stored tiers stay what filters and sorts read, so expiry has to be written, not computed
/// at read time. Runs on the injected clock, so tests can move time.
/// </summary>
public sealed class TierOverrideExpiry(IServiceScopeFactory scopes, TimeProvider clock, IOptions<TierOptions> options,
    ITopicBus bus, ILogger<TierOverrideExpiry> logger) : PeriodicSweep(clock, logger)
{
    protected override TimeSpan Interval => options.Value.ExpirySweepInterval;
    protected override string Failure => "Ending expired tier overrides failed";
    protected override Task TickAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>Re-grades every account whose override has expired; returns how many there were.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContextAsync(cancellationToken);
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Instances sharing a database sweep once: the others skip this tick.
        if (!await ClusterLocks.TryTakeForTransactionAsync(db, ClusterLocks.TierOverrideExpiry, cancellationToken))
            return 0;
        var expired = await db.AccountTiers.Where(t => t.OverrideExpiresAt != null && t.OverrideExpiresAt <= now)
            .Select(t => new { t.AccountId, t.PolicyId }).ToListAsync(cancellationToken);
        if (expired.Count == 0) return 0;
        var grader = scope.ServiceProvider.GetRequiredService<TierGrader>();
        var changes = new List<TierChange>();
        foreach (var group in expired.GroupBy(e => e.PolicyId))
        {
            var policy = await db.TierPolicies.AsNoTracking().FirstAsync(p => p.Id == group.Key, cancellationToken);
            var result = await grader.RegradeAsync(db, policy, group.Select(e => e.AccountId).ToList(), "override expired", CurrentActor.System, cancellationToken);
            changes.AddRange(result.Changes);
        }
        await transaction.CommitAsync(cancellationToken);
        foreach (var change in changes) await bus.PublishAsync(AccountTierChanged.Topic, AccountTierChanged.From(change), cancellationToken);
        Logger.LogInformation("Ended {Count} expired tier override(s).", expired.Count);
        return expired.Count;
    }
}
