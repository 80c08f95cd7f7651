using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Health;

/// <summary>
/// Looks at every account's health band at each tick (health moves with the clock as well as with writes: a visit
/// becomes overdue at midnight), records the band and publishes each change once. An account seen for the first time
/// only has its band recorded. Runs on the injected clock, so tests can move time.
/// </summary>
public sealed class HealthWatch(IServiceScopeFactory scopes, TimeProvider clock, IOptions<HealthOptions> options,
    ITopicBus bus, ILogger<HealthWatch> logger) : PeriodicSweep(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;
    protected override string Failure => "Watching account health failed";
    protected override bool LongTick => true; // every account's health, each time
    protected override Task TickAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>Records every band that changed since the last sweep and publishes the changes; returns them.</summary>
    public async Task<IReadOnlyList<AccountHealthChanged>> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        var now = Clock.GetUtcNow().UtcDateTime;
        // Only the scores, banded here by the rule the SQL uses: no account row to join, no band to compute there. (When
        // the band in SQL still copied the score's subqueries four times, a sweep of 10,000 accounts took 1.6 s of CPU;
        // so it takes 0.2 s.)
        var scores = await AccountHealthQuery.Scored(db, now, options.Value).Select(h => new { h.Health.Id, h.Score })
            .ToListAsync(cancellationToken);
        var known = await db.Set<AccountHealthBand>().AsNoTracking().ToDictionaryAsync(b => b.AccountId, cancellationToken);
        var changes = new List<AccountHealthChanged>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in scores)
        {
            var health = (row.Id, Score: Math.Max(0, row.Score), Band: options.Value.BandOf(row.Score));
            if (!known.TryGetValue(health.Id, out var before))
            {
                // Another server may record the same account at the same moment: the first insert stands.
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "AccountHealthBands" ("AccountId", "Band", "Score", "ChangedAt")
                    VALUES ({health.Id}, {(int)health.Band}, {health.Score}, {now}) ON CONFLICT DO NOTHING
                    """, cancellationToken);
                continue;
            }
            if (before.Band == health.Band) continue;
            // Only the server whose update finds the old band publishes: each change is heard once.
            var rows = await db.Set<AccountHealthBand>().Where(b => b.AccountId == health.Id && b.Band == before.Band)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.Band, health.Band).SetProperty(b => b.Score, health.Score)
                    .SetProperty(b => b.ChangedAt, now), cancellationToken);
            if (rows == 1) changes.Add(new AccountHealthChanged(health.Id, before.Band, health.Band, health.Score));
        }
        await transaction.CommitAsync(cancellationToken);
        foreach (var change in changes) await bus.PublishAsync(AccountHealthChanged.Topic, change, cancellationToken);
        if (changes.Count > 0) Logger.LogInformation("{Count} account(s) changed health band.", changes.Count);
        return changes;
    }
}
