using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data;

/// <summary>
/// Brings the database up to date before the server takes requests: applies committed migrations, turns on WAL, then
/// runs the areas' start-up work (<see cref="IDatabaseStartup"/>): reference data, demo data, then what derives from
/// both, each stage in the order the areas are registered.
/// Runs in <see cref="IHostedLifecycleService.StartingAsync"/>, ahead of every other start-up work.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IEnumerable<IDatabaseStartup> startups) : IHostedLifecycleService
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Done when the schema is up to date, before the areas' start-up work: what only reads (the warm-up) can begin.
    /// Cancelled if the start fails before that.
    /// </summary>
    public Task Migrated => _migrated.Task;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PrepareAsync(cancellationToken);
        }
        finally
        {
            _migrated.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Instances sharing a PostgreSQL database start one at a time: the first migrates and seeds, the rest find
        // it done.
        await using var startupLock = await ClusterLocks.HoldAsync(db, ClusterLocks.Startup, cancellationToken);
        // Only when something is pending: instances may connect as a role that may not change the schema, once
        // `migrate` has been run by the owner.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            await db.Database.MigrateAsync(cancellationToken);
        // WAL: readers never wait for the writer (and the writer never waits for readers).
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        _migrated.TrySetResult();
        foreach (var startup in startups.OrderBy(s => s.Stage)) // OrderBy is stable: registration order within a stage
            await startup.RunAsync(db, scope.ServiceProvider, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
