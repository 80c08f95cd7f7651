using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Locks that hold across every GraphKam instance sharing a PostgreSQL database (advisory locks, named by a number
/// of our own). On SQLite one file serialises writers already, so they are granted at once.
/// </summary>
public static class ClusterLocks
{
    /// <summary>Every write transaction (see <see cref="PostgreSqlWriteLock"/>).</summary>
    public const long Writes = 0x6b61_6d01;

    /// <summary>Start-up: migrations and reference and demo data, one instance after the other.</summary>
    public const long Startup = 0x6b61_6d02;

    /// <summary>The sweep that ends expired tier overrides.</summary>
    public const long TierOverrideExpiry = 0x6b61_6d03;

    /// <summary>The sweep that recomputes satisfaction as surveys leave the window.</summary>
    public const long SatisfactionSweep = 0x6b61_6d04;

    /// <summary>The sweep that recounts the products accounts use as their dates fall due.</summary>
    public const long ProductRecount = 0x6b61_6d05;

    /// <summary>The job that takes the monthly KPI snapshots.</summary>
    public const long KpiSnapshots = 0x6b61_6d06;

    /// <summary>How often a waiting instance asks again for a lock another one holds.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Holds <paramref name="key"/> on the context's connection until disposed (waiting for another instance that
    /// holds it); the connection stays open meanwhile.
    /// </summary>
    public static async Task<IAsyncDisposable> HoldAsync(GraphKamDbContext db, long key,
        CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return NoLock.Instance;
        await db.Database.OpenConnectionAsync(cancellationToken);
        // Asked again and again rather than waited for in one command: another instance may hold it for minutes
        // (migrating, loading the demo data), far beyond the command timeout.
        while (!(await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({key}) AS \"Value\"")
                   .ToListAsync(cancellationToken)).Single())
            await Task.Delay(RetryInterval, cancellationToken);
        return new Held(db, key);
    }

    /// <summary>
    /// Takes <paramref name="key"/> for the rest of the context's current transaction if no other instance holds
    /// it; false when one does (its work is being done there).
    /// </summary>
    public static async Task<bool> TryTakeForTransactionAsync(GraphKamDbContext db, long key,
        CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return true;
        var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({key}) AS \"Value\"")
            .ToListAsync(cancellationToken);
        return taken.Single();
    }

    /// <summary>
    /// The system's work that one instance does at a time (a sweep, a monthly job): one transaction, as a mutation of
    /// the system's (events after the commit), skipped while another instance holds <paramref name="key"/>. Returns what
    /// the work counted; 0 when skipped.
    /// </summary>
    public static async Task<int> RunOnceAsync(IServiceProvider services, long key, Func<MutationScope, Task<int>> work,
        CancellationToken cancellationToken)
    {
        var done = 0;
        await MutationScope.RunAsync(services, CurrentActor.System, async scope =>
        {
            if (await TryTakeForTransactionAsync(scope.Db, key, cancellationToken)) done = await work(scope);
            return Payload.Success(done);
        }, cancellationToken);
        return done;
    }

    private sealed class Held(GraphKamDbContext db, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
