using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GraphKam.Server.Setup;

/// <summary>
/// What lets several instances serve the same clients: the event bus (<c>GraphKam:EventBus</c>: in memory, or Redis
/// at <c>GraphKam:Redis</c>), data-protection keys in the database, and <c>/readyz</c>, which a load balancer asks
/// before sending an instance traffic.
/// </summary>
public static class ScaleOutSetup
{
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddGraphKamScaleOut(this WebApplicationBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton(CreateBus));
        builder.Services.AddDataProtection().SetApplicationName("GraphKam");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(keys =>
                keys.XmlRepository = new DatabaseKeyRepository(services.GetRequiredService<IServiceScopeFactory>(),
                    services.GetRequiredService<TimeProvider>())));
        builder.Services.AddHealthChecks().AddCheck<TopicBusHealthCheck>("event-bus", tags: [ReadyTag],
            timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    /// <summary>
    /// <c>/healthz</c>: the process answers. <c>/readyz</c>: and its database and event bus do, each check reported.
    /// </summary>
    public static void MapGraphKamHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { ResponseWriter = ReadinessReport.WriteAsync });
    }

    private static ITopicBus CreateBus(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var kind = configuration["GraphKam:EventBus"];
        if (string.IsNullOrEmpty(kind) || kind.Equals("InMemory", StringComparison.OrdinalIgnoreCase))
            return new InMemoryTopicBus();
        if (!kind.Equals("Redis", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"GraphKam:EventBus is '{kind}'; it must be InMemory or Redis.");
        var redis = configuration["GraphKam:Redis"] is { Length: > 0 } value ? value
            : throw new InvalidOperationException(
                "GraphKam:EventBus is Redis: set GraphKam:Redis (e.g. localhost:6379).");
        var options = ConfigurationOptions.Parse(redis);
        // Start even while Redis is down and keep reconnecting; commands fail at once instead of queueing meanwhile.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "graphkam";
        var prefix = configuration["GraphKam:RedisChannel"] is { Length: > 0 } channel ? channel : "graphkam";
        return new RedisTopicBus(ConnectionMultiplexer.Connect(options), prefix,
            services.GetRequiredService<ILogger<RedisTopicBus>>());
    }
}
