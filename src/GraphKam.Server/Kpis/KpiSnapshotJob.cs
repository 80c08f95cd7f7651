using GraphKam.Server.Common;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Kpis;

/// <summary><c>GraphKam:Kpis</c> settings.</summary>
public sealed class KpiOptions
{
    /// <summary>How often the job looks for a month without its snapshot.</summary>
    public TimeSpan SnapshotCheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Takes each policy's snapshot once a month: at the first check of a month that has none (so the figures stand as the
/// month begins); <c>takeKpiSnapshot</c> may take a fresher one later in the month.
/// </summary>
public sealed class KpiSnapshotJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<KpiOptions> options,
    ILogger<KpiSnapshotJob> logger) : PeriodicSweep(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SnapshotCheckInterval;
    protected override string Failure => "Taking the monthly KPI snapshots failed";
    protected override bool LongTick => true;
    protected override Task TickAsync(CancellationToken cancellationToken) => TakeMissingAsync(cancellationToken);

    /// <summary>Takes the snapshots the current month lacks; returns how many.</summary>
    public async Task<int> TakeMissingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var taken = await ClusterLocks.RunOnceAsync(scope.ServiceProvider, ClusterLocks.KpiSnapshots, async mutation =>
        {
            var month = SalesMonth.Of(mutation.Now);
            var missing = await mutation.Db.TierPolicies.AsNoTracking()
                .Where(p => !mutation.Db.KpiSnapshots.Any(s => s.PolicyId == p.Id && s.Month == month)).ToListAsync(cancellationToken);
            foreach (var policy in missing)
                await KpiFigures.SaveAsync(mutation.Db, await KpiFigures.TakeAsync(mutation.Db, policy, mutation.Now, mutation.Actor, cancellationToken), cancellationToken);
            return missing.Count;
        }, cancellationToken);
        if (taken > 0) Logger.LogInformation("Took {Count} monthly KPI snapshot(s).", taken);
        return taken;
    }
}
