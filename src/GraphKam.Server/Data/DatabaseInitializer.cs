using GraphKam.Server.Data.Seed;
using GraphKam.Server.Identity;
using GraphKam.Server.Tiers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Data;

/// <summary>
/// Brings the database up to date before the server takes requests: applies committed migrations, turns on WAL,
/// seeds the tier policies into a database that has none and the demo data only when the database holds no accounts
/// and no users (and seeding is on), then grades whatever is not graded yet.
/// Runs in <see cref="IHostedLifecycleService.StartingAsync"/>, ahead of every other start-up work.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DemoDataOptions> demo, TimeProvider clock, ILogger<DatabaseInitializer> logger)
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

        if (!await db.TierPolicies.AnyAsync(cancellationToken))
        {
            // Reference data, not demo data: grading needs a default policy.
            var now = clock.GetUtcNow().UtcDateTime;
            db.TierPolicies.AddRange(TierPolicySeed.ChinaMobile(now), TierPolicySeed.IcbcStars(now));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.FunnelStages.AnyAsync(cancellationToken))
        {
            db.FunnelStages.AddRange(FunnelStageSeed.Stages());
            await db.SaveChangesAsync(cancellationToken);
        }
        if (demo.Value.SeedDemoData && !await db.Accounts.AnyAsync(cancellationToken) && !await db.People.AnyAsync(cancellationToken))
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var seed = DemoData.Create(clock.GetUtcNow().UtcDateTime, await db.FunnelStages.AsNoTracking().ToListAsync(cancellationToken));
            db.People.AddRange(seed.Users);
            db.Accounts.AddRange(seed.Accounts);
            db.SalesTargets.AddRange(seed.Targets);
            db.Distributors.AddRange(seed.Distributors);
            await db.SaveChangesAsync(cancellationToken);
            await DemoRegistrations.AddAsync(new MutationScope(db, clock, CurrentActor.System, scope.ServiceProvider, cancellationToken));
            logger.LogInformation("Seeded demo data in {Elapsed} ms: {Accounts} accounts, {Users} users.", started.ElapsedMilliseconds, seed.Accounts.Count, seed.Users.Count);
        }
        await GradeUngradedAsync(db, scope.ServiceProvider.GetRequiredService<TierGrader>(), cancellationToken);
        await AddRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<int>>>());
        if (demo.Value.SeedDemoData) await DemoLogins.AddAsync(scope.ServiceProvider, db, cancellationToken);
    }

    /// <summary>The five roles are reference data: every database has them.</summary>
    private static async Task AddRolesAsync(RoleManager<IdentityRole<int>> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<int>(role));
    }

    /// <summary>Grades every policy in which some active account has no tier yet (new data, or a new policy).</summary>
    private async Task GradeUngradedAsync(GraphKamDbContext db, TierGrader grader, CancellationToken cancellationToken)
    {
        foreach (var policy in await db.TierPolicies.AsNoTracking().ToListAsync(cancellationToken))
        {
            var ungraded = await db.Accounts.CountAsync(a => a.ArchivedAt == null && !a.Tiers.Any(t => t.PolicyId == policy.Id), cancellationToken);
            if (ungraded == 0) continue;
            var result = await grader.RegradeAsync(db, policy, null, "initial grading", CurrentActor.System, cancellationToken);
            logger.LogInformation("Graded {Accounts} accounts in tier policy {Policy}.", result.AccountsScored, policy.Key);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
