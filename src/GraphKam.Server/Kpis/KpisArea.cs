using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Kpis;

/// <summary>
/// Key-account KPIs over time: monthly snapshots (a job and <c>takeKpiSnapshot</c>), their history, the tier migration
/// matrix and the annual review.
/// </summary>
public sealed class KpisArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<KpiQueries>().Mutations<KpiMutations>().Access<KpiAccess>();
        area.Options<KpiOptions>("GraphKam:Kpis")
            .Validate(o => o.SnapshotCheckInterval >= TimeSpan.FromSeconds(1) && o.SnapshotCheckInterval <= TimeSpan.FromDays(1),
                "GraphKam:Kpis:SnapshotCheckInterval must be from 00:00:01 to 1.00:00:00.")
            .ValidateOnStart();
        area.Services.AddSingleton<KpiSnapshotJob>();
        area.Services.AddHostedService(services => services.GetRequiredService<KpiSnapshotJob>());
    }
}
