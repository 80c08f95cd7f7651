using GraphKam.Server.Common;
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
    ILogger<TierOverrideExpiry> logger) : PeriodicSweep(clock, logger)
{
    protected override TimeSpan Interval => options.Value.ExpirySweepInterval;
    protected override string Failure => "Ending expired tier overrides failed";
    protected override Task TickAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>Re-grades every account whose override has expired; returns how many there were.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var grader = scope.ServiceProvider.GetRequiredService<TierGrader>();
        // Instances sharing a database sweep once; the tier events go out after the commit.
        var ended = await ClusterLocks.RunOnceAsync(scope.ServiceProvider, ClusterLocks.TierOverrideExpiry, async mutation =>
        {
            var expired = await mutation.Db.AccountTiers.Where(t => t.OverrideExpiresAt != null && t.OverrideExpiresAt <= mutation.Now)
                .Select(t => new { t.AccountId, t.PolicyId }).ToListAsync(cancellationToken);
            foreach (var group in expired.GroupBy(e => e.PolicyId))
            {
                var policy = await mutation.Db.TierPolicies.AsNoTracking().FirstAsync(p => p.Id == group.Key, cancellationToken);
                await grader.RegradeAsync(mutation, policy, [.. group.Select(e => e.AccountId)], "override expired");
            }
            return expired.Count;
        }, cancellationToken);
        if (ended > 0) Logger.LogInformation("Ended {Count} expired tier override(s).", ended);
        return ended;
    }
}
