using System.Text.Json;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// A Redis outage reaches every kind of subscriber the same way: each transport (graphql-transport-ws, the legacy
/// graphql-ws, SSE) and each stream shape (plain, filtered in SQL, throttled) gets one error result coded
/// EVENT_BUS_UNAVAILABLE and then the end of its stream, never silence nor an event after the end.
/// </summary>
public sealed class RedisOutageTransportTests : IDisposable
{
    private readonly RedisServer _redis = new();
    private readonly GraphKamFactory _server;

    public RedisOutageTransportTests()
    {
        _server = GraphKamFactory.Empty();
        _server.Settings["GraphKam:EventBus"] = "Redis";
        _server.Settings["GraphKam:Redis"] = _redis.Configuration;
        _server.Settings["GraphKam:RedisChannel"] = $"graphkam-test-{Guid.NewGuid():N}";
    }

    private const string Plain = """
        subscription {
          opportunityChanged { kind }
        }
        """;

    private const string Filtered = """
        subscription {
          opportunityChanged(where: { name: { contains: "deal" } }) { kind }
        }
        """;

    private const string Throttled = """
        subscription {
          funnelChanged { count }
        }
        """;

    [RedisFact]
    public async Task Every_transport_and_stream_shape_hears_the_outage_once_and_then_ends()
    {
        await using var modern = await GraphQLSocket.OpenAsync(_server);
        await modern.SubscribeAsync("plain", Plain);
        await modern.SubscribeAsync("filtered", Filtered);
        await modern.SubscribeAsync("throttled", Throttled);
        await using var legacy = await GraphQLSocket.OpenAsync(_server, "graphql-ws");
        await legacy.SubscribeAsync("legacy", Plain, type: "start");
        using var sse = await EventStream.OpenAsync(_server.Client().Http, Plain);
        await _server.SubscribersAsync(OpportunityChanged.Topic, 5);

        _redis.Stop();

        var modernMessages = new List<JsonElement>();
        for (var i = 0; i < 6; i++) modernMessages.Add(await modern.ReceiveAsync(TimeSpan.FromSeconds(30)));
        foreach (var id in new[] { "plain", "filtered", "throttled" })
        {
            var ofId = modernMessages.Where(m => m.GetProperty("id").GetString() == id).ToList();
            Assert.Equal(["next", "complete"], ofId.Select(m => m.GetProperty("type").GetString()));
            Assert.Equal("EVENT_BUS_UNAVAILABLE", Code(ofId[0].GetProperty("payload")));
        }

        var legacyError = await legacy.ReceiveAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("data", legacyError.GetProperty("type").GetString());
        Assert.Equal("EVENT_BUS_UNAVAILABLE", Code(legacyError.GetProperty("payload")));
        Assert.Equal("complete", (await legacy.ReceiveAsync()).GetProperty("type").GetString());

        var (name, data) = await sse.NextAsync();
        Assert.Equal("next", name);
        Assert.Equal("EVENT_BUS_UNAVAILABLE", Code(data!.Value));
        Assert.Equal("complete", (await sse.NextAsync()).Event);

        // Nothing else follows, and the socket stays open: a subscription made during the outage is refused the
        // same way at once.
        Assert.Null(await modern.TryReceiveAsync(TimeSpan.FromSeconds(2)));
        Assert.Equal(0, _server.SubscriberCount(OpportunityChanged.Topic));
        await modern.SubscribeAsync("during", Plain);
        var refused = await modern.ReceiveAsync();
        Assert.Equal("during", refused.GetProperty("id").GetString());
        Assert.Equal("next", refused.GetProperty("type").GetString());
        Assert.Equal("EVENT_BUS_UNAVAILABLE", Code(refused.GetProperty("payload")));
        Assert.Equal("complete", (await modern.ReceiveAsync()).GetProperty("type").GetString());
    }

    /// <summary>The error's code; a coded error is told as it is, with no correlation ID or other data attached.</summary>
    private static string? Code(JsonElement payload)
    {
        var extensions = payload.GetProperty("errors")[0].GetProperty("extensions");
        Assert.False(extensions.TryGetProperty("data", out _), extensions.ToString());
        return extensions.GetProperty("code").GetString();
    }

    public void Dispose()
    {
        _server.Dispose();
        _redis.Dispose();
    }
}
