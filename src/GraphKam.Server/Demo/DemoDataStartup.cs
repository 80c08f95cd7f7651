using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Demo;

/// <summary>
/// The demo dataset, loaded only when seeding is on and the database holds no accounts and no people; then its deal
/// registrations and its logins.
/// </summary>
public sealed class DemoDataStartup(IOptions<DemoDataOptions> options, TimeProvider clock, ILogger<DemoDataStartup> logger)
    : IDatabaseStartup
{
    public StartupStage Stage => StartupStage.DemoData;

    public async Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData) return;
        if (!await db.Accounts.AnyAsync(cancellationToken) && !await db.People.AnyAsync(cancellationToken))
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var now = clock.GetUtcNow().UtcDateTime;
            var seed = DemoData.Create(now, await db.FunnelStages.AsNoTracking().ToListAsync(cancellationToken));
            db.People.AddRange(seed.People);
            db.Accounts.AddRange(seed.Accounts);
            db.SalesTargets.AddRange(seed.Targets);
            db.Distributors.AddRange(seed.Distributors);
            db.SatisfactionSurveys.AddRange(seed.Surveys);
            db.SatisfactionTargets.AddRange(seed.SatisfactionTargets);
            db.AccountTeamMembers.AddRange(seed.Coverage.Members);
            var catalogue = DemoProducts.Catalogue(now);
            db.Products.AddRange(catalogue);
            var uses = DemoProducts.Uses(seed.Accounts, catalogue, now);
            db.AccountProducts.AddRange(uses);
            db.RevenueRecords.AddRange(DemoRevenue.Records(seed.Accounts, now));
            db.Contracts.AddRange(DemoContracts.Create(seed.Accounts, uses, now));
            await db.SaveChangesAsync(cancellationToken);
            // Plans name contacts by key: made once the accounts and their org charts are saved.
            db.AccountPlans.AddRange(DemoPlans.Create(seed.Coverage.ClassA, seed.Coverage.Members, now));
            await db.SaveChangesAsync(cancellationToken);
            await DemoRegistrations.AddAsync(new MutationScope(db, clock, CurrentActor.System, cancellationToken),
                services.GetRequiredService<IOptions<Distributors.ChannelOptions>>().Value);
            logger.LogInformation("Seeded demo data in {Elapsed} ms: {Accounts} accounts, {Users} users.",
                started.ElapsedMilliseconds, seed.Accounts.Count, seed.People.Count);
        }
        await DemoLogins.AddAsync(services, db, cancellationToken);
    }
}
