using GraphKam.Server.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Data;

/// <summary>
/// Brings the database up to date before the server takes requests: applies committed migrations, turns on WAL,
/// then seeds the demo data only when the database holds no accounts and no users (and seeding is on).
/// Runs in <see cref="IHostedLifecycleService.StartingAsync"/>, ahead of every other start-up work.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DemoDataOptions> demo, ILogger<DatabaseInitializer> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // WAL: readers never wait for the writer (and the writer never waits for readers).
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);

        if (!demo.Value.SeedDemoData) return;
        if (await db.Accounts.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken)) return;
        var seed = DemoData.Create();
        db.Users.AddRange(seed.Users);
        db.Accounts.AddRange(seed.Accounts);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded demo data: {Accounts} accounts, {Users} users.", seed.Accounts.Count, seed.Users.Count);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
