using GraphKam.Server.Distributors;
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
        builder.Services.AddOptions<ChannelOptions>().BindConfiguration("GraphKam:Channel")
            .Validate(o => o.ScorecardWeights.AreValid, "GraphKam:Channel:ScorecardWeights must be 0 or more and not all 0.")
            .Validate(o => o.ProtectionDays is >= 0 and <= 3650, "GraphKam:Channel:ProtectionDays must be from 0 to 3650.")
            .ValidateOnStart();
        return builder;
    }
}
