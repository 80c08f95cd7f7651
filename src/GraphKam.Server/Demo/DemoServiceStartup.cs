using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Demo;

/// <summary>
/// The demo's year of service, made after grading (it needs each account's tier): only when demo seeding is on and the
/// database has accounts but no service case yet.
/// </summary>
public sealed class DemoServiceStartup(IOptions<DemoDataOptions> options, TimeProvider clock, ILogger<DemoServiceStartup> logger)
    : IDatabaseStartup
{
    public StartupStage Stage => StartupStage.Derived;

    public async Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData || await db.ServiceCases.AnyAsync(cancellationToken)) return;
        var policy = await db.TierPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.IsDefault, cancellationToken);
        if (policy == null) return;
        var started = System.Diagnostics.Stopwatch.StartNew();
        // Cases of accounts without an owner are worked by the inside-sales desk.
        var desk = await db.People.Where(p => p.Role == UserRole.InsideSales).OrderBy(p => p.Id).Select(p => p.Email)
            .FirstOrDefaultAsync(cancellationToken) ?? CurrentActor.System;
        var accounts = await db.AccountTiers.Where(t => t.PolicyId == policy.Id && t.Account!.ArchivedAt == null)
            .OrderBy(t => t.AccountId)
            .Select(t => new DemoService.GradedAccount(t.AccountId, t.TierCode, t.TierRank, t.VisitIntervalDays, t.ReviewIntervalDays,
                t.Account!.OwnerId, t.Account.Owner != null ? t.Account.Owner.Email : desk,
                db.Contacts.Where(c => c.AccountId == t.AccountId && c.RemovedAt == null).OrderBy(c => c.Id).Select(c => (int?)c.Id)
                    .FirstOrDefault(),
                t.Account.CreatedAt))
            .ToListAsync(cancellationToken);
        if (accounts.Count == 0) return;
        var (activities, cases) = DemoService.Create(accounts, policy.Tiers.ToDictionary(t => t.Code, StringComparer.Ordinal),
            clock.GetUtcNow().UtcDateTime);
        db.Activities.AddRange(activities);
        db.ServiceCases.AddRange(cases);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo's service year in {Elapsed} ms: {Cases} cases, {Activities} visits and reviews.",
            started.ElapsedMilliseconds, cases.Count, activities.Count);
    }
}
