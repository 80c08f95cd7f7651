using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>Ready when events can travel: always with the in-memory bus, while connected with Redis.</summary>
public sealed class TopicBusHealthCheck(ITopicBus bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(bus is RedisTopicBus { IsConnected: false }
            ? HealthCheckResult.Unhealthy("The event bus (Redis) is unreachable: live updates are interrupted.")
            : HealthCheckResult.Healthy("The event bus is reachable."));
}
