using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Service;

/// <summary>
/// Keeps <see cref="Account.Satisfaction"/> the mean of each account's surveys in the window as answers age out of it:
/// the stored figure is what filters and sorts read, so it has to be written, not computed at read time. An account
/// with no survey left in the window keeps its figure. Runs on the injected clock, so tests can move time.
/// </summary>
public sealed class SatisfactionSweep(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ServiceOptions> options,
    ILogger<SatisfactionSweep> logger) : PeriodicSweep(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SatisfactionSweepInterval;
    protected override string Failure => "Recomputing satisfaction failed";
    protected override Task TickAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>Writes the figure of every account whose mean in the window differs from it; returns how many changed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Instances sharing a database sweep once: the others skip this tick.
        var changed = await ClusterLocks.RunOnceAsync(scope.ServiceProvider, ClusterLocks.SatisfactionSweep,
            mutation => WriteMeansAsync(mutation.Db, options.Value.WindowStart(mutation.Now), cancellationToken), cancellationToken);
        if (changed > 0) Logger.LogInformation("Recomputed the satisfaction of {Count} account(s).", changed);
        return changed;
    }

    private static async Task<int> WriteMeansAsync(GraphKamDbContext db, DateTime start, CancellationToken cancellationToken)
    {
        var means = await db.SatisfactionSurveys.Where(s => s.RecordedAt > start).GroupBy(s => s.AccountId)
            .Select(g => new { AccountId = g.Key, Mean = g.Average(s => s.Score) }).ToListAsync(cancellationToken);
        var stored = await db.Accounts.Where(a => db.SatisfactionSurveys.Any(s => s.AccountId == a.Id && s.RecordedAt > start))
            .ToDictionaryAsync(a => a.Id, a => a.Satisfaction, cancellationToken);
        var changed = 0;
        foreach (var (accountId, mean) in means.Select(m => (m.AccountId, SatisfactionFigures.Round(m.Mean))))
        {
            if (stored.GetValueOrDefault(accountId) == mean) continue;
            changed += await db.Accounts.Where(a => a.Id == accountId)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Satisfaction, mean), cancellationToken);
        }
        return changed;
    }
}
