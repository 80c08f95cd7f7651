using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Health;

/// <summary>
/// Account health: a score from explainable signals (service, complaints, breaches, the org chart), its band, the
/// accounts most at risk, and a watch that publishes each change of band.
/// </summary>
public sealed class HealthArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<HealthQueries>().Subscriptions<HealthSubscriptions>()
            .Extend<AccountType, AccountHealthFields>().Access<HealthAccess>();
        area.Options<HealthOptions>("GraphKam:Health").Validate(o => o.Problem() == null,
            "GraphKam:Health: weights from 0 to 100, 0 <= AtRiskBelow <= HealthyFrom <= 100, SweepInterval from 00:00:01 to 1.00:00:00.")
            .ValidateOnStart();
        area.Services.AddSingleton<HealthWatch>();
        area.Services.AddHostedService(services => services.GetRequiredService<HealthWatch>());
    }
}
