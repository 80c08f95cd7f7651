using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;

namespace GraphKam.Server.Service;

/// <summary>
/// Service cases under the tier's service standard, their deadlines and escalation, and each account's compliance with
/// the whole standard (visits, reviews, cases, dedicated manager).
/// </summary>
public sealed class ServiceArea : IArea
{
    public void Register(AreaBuilder area)
    {
        area.Query<ServiceQueries>().Mutations<ServiceMutations>().Subscriptions<ServiceSubscriptions>()
            .Extend<AccountType, AccountServiceFields>().Access<ServiceAccess>();
        // A timer cannot wait longer than about 49 days; bounded like the tier sweep.
        area.Options<ServiceOptions>("GraphKam:Service")
            .Validate(o => o.EscalationSweepInterval >= TimeSpan.FromSeconds(1) && o.EscalationSweepInterval <= TimeSpan.FromDays(1),
                "GraphKam:Service:EscalationSweepInterval must be from 00:00:01 to 1.00:00:00.")
            .ValidateOnStart();
        area.Services.AddSingleton<ServiceCaseEscalation>();
        area.Services.AddHostedService(services => services.GetRequiredService<ServiceCaseEscalation>());
    }
}
