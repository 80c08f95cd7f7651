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
        area.Query<SatisfactionQueries>().Mutations<SatisfactionMutations>().Access<SatisfactionAccess>()
            .Extend<AccountType, AccountSatisfactionFields>();
        // A timer cannot wait longer than about 49 days; the window is a number of days people can reason about.
        area.Options<ServiceOptions>("GraphKam:Service")
            .Validate(o => o.EscalationSweepInterval >= TimeSpan.FromSeconds(1) && o.EscalationSweepInterval <= TimeSpan.FromDays(1),
                "GraphKam:Service:EscalationSweepInterval must be from 00:00:01 to 1.00:00:00.")
            .Validate(o => o.SatisfactionWindowDays is >= ServiceOptions.MinWindowDays and <= ServiceOptions.MaxWindowDays,
                $"GraphKam:Service:SatisfactionWindowDays must be from {ServiceOptions.MinWindowDays} to {ServiceOptions.MaxWindowDays}.")
            .Validate(o => o.SatisfactionSweepInterval >= TimeSpan.FromMinutes(1) && o.SatisfactionSweepInterval <= TimeSpan.FromDays(1),
                "GraphKam:Service:SatisfactionSweepInterval must be from 00:01:00 to 1.00:00:00.")
            .ValidateOnStart();
        area.Services.AddSingleton<SatisfactionSweep>();
        area.Services.AddHostedService(services => services.GetRequiredService<SatisfactionSweep>());
        area.Services.AddSingleton<ServiceCaseEscalation>();
        area.Services.AddHostedService(services => services.GetRequiredService<ServiceCaseEscalation>());
    }
}
