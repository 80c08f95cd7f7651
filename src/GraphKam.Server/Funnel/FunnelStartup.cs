using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>The funnel's stages are reference data: a database without them gets those of the work plan.</summary>
public sealed class FunnelStageStartup : IDatabaseStartup
{
    public StartupStage Stage => StartupStage.ReferenceData;

    public async Task RunAsync(GraphKamDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.FunnelStages.AnyAsync(cancellationToken)) return;
        db.FunnelStages.AddRange(FunnelStageSeed.Stages());
        await db.SaveChangesAsync(cancellationToken);
    }
}
