using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using Microsoft.Extensions.Options;

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
        area.Options<HealthOptions>("GraphKam:Health").ValidateOnStart();
        area.Services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidation>();
        area.Services.AddSingleton<HealthWatch>();
        area.Services.AddHostedService(services => services.GetRequiredService<HealthWatch>());
    }
}

/// <summary>Refuses the start with the one setting that is wrong (a timer cannot wait longer than about 49 days).</summary>
public sealed class HealthOptionsValidation : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
