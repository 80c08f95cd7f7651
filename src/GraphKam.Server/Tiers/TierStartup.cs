using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary>Reference data, not demo data: grading needs a default policy, so a database without policies gets the two.</summary>
public sealed class TierPolicyStartup(TimeProvider clock) : IDatabaseStartup
{
    public StartupStage Stage => StartupStage.ReferenceData;

    public async Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.TierPolicies.AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        db.TierPolicies.AddRange(TierPolicySeed.ChinaMobile(now), TierPolicySeed.IcbcStars(now));
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// Grades every policy in which some active account has no tier yet (new data, or a new policy), or a tier graded before
/// its review interval was kept on the assignment (a review interval is never 0 in a valid policy).
/// </summary>
public sealed class UngradedAccountsStartup(TierGrader grader, ILogger<UngradedAccountsStartup> logger) : IDatabaseStartup
{
    public StartupStage Stage => StartupStage.Derived;

    public async Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var policy in await db.TierPolicies.AsNoTracking().ToListAsync(cancellationToken))
        {
            var ungraded = await db.Accounts.CountAsync(a => a.ArchivedAt == null
                && !a.Tiers.Any(t => t.PolicyId == policy.Id && t.ReviewIntervalDays > 0), cancellationToken);
            if (ungraded == 0) continue;
            var result = await grader.RegradeAsync(db, policy, null, "initial grading", CurrentActor.System, cancellationToken);
            logger.LogInformation("Graded {Accounts} accounts in tier policy {Policy}.", result.AccountsScored, policy.Key);
        }
    }
}
