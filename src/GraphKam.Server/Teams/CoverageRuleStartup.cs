using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Teams;

/// <summary>Reference data: each tier of the default policy without a coverage rule gets the default one.</summary>
public sealed class CoverageRuleStartup(TimeProvider clock) : IDatabaseStartup
{
    public StartupStage Stage => StartupStage.ReferenceData;

    public async Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        var policy = await db.TierPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.IsDefault, cancellationToken);
        if (policy == null) return;
        var existing = await db.Set<CoverageRule>().Select(r => r.TierCode).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var tier in policy.Tiers.Where(t => !existing.Contains(t.Code)))
        {
            if (CoverageRuleDefaults.For(tier.Code) is not { } rule) continue;
            db.Add(new CoverageRule
            {
                TierCode = tier.Code,
                AllowedCoverage = CoverageBits.Of(rule.Allowed),
                RequiredRoles = CoverageBits.Of(rule.Required),
                UpdatedAt = now,
                UpdatedBy = CurrentActor.System,
                Version = 1,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
