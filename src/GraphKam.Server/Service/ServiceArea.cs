using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Service;

/// <summary>Service cases under the tier's service standard, their deadlines and escalation.</summary>
public sealed class ServiceArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<ServiceQueries>().Mutations<ServiceMutations>().Subscriptions<ServiceSubscriptions>()
            .Access<ServiceAccess>();
        area.Options<ServiceOptions>("GraphKam:Service");
        area.Services.AddSingleton<ServiceCaseEscalation>();
        area.Services.AddHostedService(services => services.GetRequiredService<ServiceCaseEscalation>());
    }
}
