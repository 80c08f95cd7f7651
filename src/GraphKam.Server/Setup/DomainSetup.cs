using GraphKam.Server.Funnel;
using GraphKam.Server.Tiers;

namespace GraphKam.Server.Setup;

public static class DomainSetup
{
    /// <summary>The areas' services that are not GraphQL fields: grading, and background work such as override expiry.</summary>
    public static WebApplicationBuilder AddGraphKamDomain(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TierGrader>();
        builder.Services.AddOptions<TierOptions>().BindConfiguration("GraphKam:Tiers");
        builder.Services.AddSingleton<TierOverrideExpiry>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TierOverrideExpiry>());
        builder.Services.AddOptions<FunnelOptions>().BindConfiguration("GraphKam:Funnel");
        return builder;
    }
}
