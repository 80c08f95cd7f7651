using System.Net;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// The Redis event bus between two server instances on one database and one Redis (a private redis-server that
/// the test may stop): events cross instances, and an outage is told, not hidden.
/// </summary>
public sealed class RedisEventBusTests : IDisposable
{
    private readonly RedisServer _redis = new();
    private readonly string _channel = $"graphkam-test-{Guid.NewGuid():N}";
    private readonly GraphKamFactory _a;
    private readonly GraphKamFactory _b;

    public RedisEventBusTests()
    {
        _a = Instance(GraphKamFactory.Empty());
        _b = Instance(new GraphKamFactory
        {
            Settings =
            {
                ["GraphKam:SeedDemoData"] = "false",
                ["ConnectionStrings:GraphKam"] = _a.ConnectionString,
                ["GraphKam:Auth:SigningKey"] = _a.Settings["GraphKam:Auth:SigningKey"],
            },
        });
    }

    private GraphKamFactory Instance(GraphKamFactory factory)
    {
        factory.Settings["GraphKam:EventBus"] = "Redis";
        factory.Settings["GraphKam:Redis"] = _redis.Configuration;
        factory.Settings["GraphKam:RedisChannel"] = _channel;
        return factory;
    }

    private async Task<string> AccountAsync() =>
        (await _a.Client().MutateAsync("createAccount", "account { id }", new
        {
            name = "跨实例客户",
            industry = "FINANCE",
            region = "Sichuan",
            employees = 100,
            monthlyRevenue = 1000m,
        })).At("account.id").GetString()!;

    private const string Subscription = """
        subscription {
          opportunityChanged { kind opportunity { name amount } }
        }
        """;

    [RedisFact]
    public async Task A_change_made_on_one_instance_reaches_the_subscribers_of_another()
    {
        var account = await AccountAsync();
        await using var onB = await GraphQLSocket.OpenAsync(_b);
        await onB.SubscribeAsync("s", Subscription);
        await _b.SubscribersAsync(OpportunityChanged.Topic, 1);

        await _a.Client().MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = account, name = "Cross-instance deal", amount = 250_000m });

        var change = (await onB.ReceiveAsync()).At("payload.data.opportunityChanged");
        Assert.Equal("CREATED", change.GetProperty("kind").GetString());
        Assert.Equal("Cross-instance deal", change.At("opportunity.name").GetString());
    }

    [RedisFact]
    public async Task When_Redis_is_lost_writes_commit_subscribers_are_told_and_readyz_says_so_until_it_is_back()
    {
        var account = await AccountAsync();
        await using var onB = await GraphQLSocket.OpenAsync(_b);
        await onB.SubscribeAsync("s", Subscription);
        await _b.SubscribersAsync(OpportunityChanged.Topic, 1);
        var ready = _b.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await ready.GetAsync("/readyz")).StatusCode);

        _redis.Stop();

        // The subscriber hears that its stream broke, with a code it can act on, and the stream ends.
        var error = await onB.ReceiveAsync();
        Assert.Equal("next", error.GetProperty("type").GetString());
        Assert.Equal("EVENT_BUS_UNAVAILABLE", error.At("payload.errors")[0].At("extensions.code").GetString());
        Assert.Equal("complete", (await onB.ReceiveAsync()).GetProperty("type").GetString());
        var readiness = await ready.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        // The report names the check that failed; the database's still passes.
        var checks = Operations.ReadinessTests.Checks(await readiness.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", checks["event-bus"]);
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal(HttpStatusCode.OK, (await ready.GetAsync("/healthz")).StatusCode);

        // A write still commits and answers normally; only its notification is lost.
        var created = await _a.Client().MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = account, name = "Written during the outage", amount = 1000m });
        Assert.Empty(GraphQLClient.ErrorTypes(created));
        var stored = await _b.Client().DataAsync("{ opportunities { nodes { name } } }");
        Assert.Equal("Written during the outage", stored.At("opportunities.nodes")[0].GetProperty("name").GetString());

        // Redis comes back: both instances reconnect by themselves (the publisher too), are ready again, and new
        // subscriptions hear new changes.
        _redis.Start();
        foreach (var instance in new[] { ready, _a.CreateClient() })
            for (var waited = 0; (await instance.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK; waited += 200)
            {
                Assert.True(waited < 30_000, "An instance did not reconnect to Redis within 30 seconds.");
                await Task.Delay(200);
            }
        await using var again = await GraphQLSocket.OpenAsync(_b);
        await again.SubscribeAsync("s", Subscription);
        await _b.SubscribersAsync(OpportunityChanged.Topic, 1);
        await _a.Client().MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = account, name = "After the outage", amount = 2000m });
        Assert.Equal("After the outage",
            (await again.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.name").GetString());
    }

    public void Dispose()
    {
        _b.Dispose();
        _a.Dispose();
        _redis.Dispose();
    }
}
