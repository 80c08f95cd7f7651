using GraphKam.GraphQL.Subscriptions;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace GraphKam.Tests.ScaleOut;

/// <summary>The Redis bus itself, without a server: one message instance for all local subscribers, in order.</summary>
public sealed class RedisTopicBusTests : IDisposable
{
    private readonly RedisServer _redis = new();

    private sealed record Moved(int Id, string Stage);

    [RedisFact]
    public async Task Every_local_subscriber_gets_the_same_deserialised_message_in_the_order_published()
    {
        using var publisher = new RedisTopicBus(await ConnectionMultiplexer.ConnectAsync(_redis.Configuration), "t",
            NullLogger<RedisTopicBus>.Instance);
        using var listener = new RedisTopicBus(await ConnectionMultiplexer.ConnectAsync(_redis.Configuration), "t",
            NullLogger<RedisTopicBus>.Instance);
        var first = new List<Moved>();
        var second = new List<Moved>();
        using var one = listener.Subscribe<Moved>("deals").Subscribe(new Collect(first));
        using var two = listener.Subscribe<Moved>("deals").Subscribe(new Collect(second));
        for (var waited = 0; listener.SubscriberCount("deals") != 2; waited += 10)
        {
            Assert.True(waited < 10_000, "The channel subscription was not confirmed.");
            await Task.Delay(10);
        }

        for (var i = 1; i <= 50; i++) await publisher.PublishAsync("deals", (object)new Moved(i, "PROPOSE"));

        for (var waited = 0; Count(second) < 50; waited += 10)
        {
            Assert.True(waited < 10_000, $"{Count(second)} of 50 messages arrived.");
            await Task.Delay(10);
        }
        lock (first) lock (second)
        {
            Assert.Equal(Enumerable.Range(1, 50), first.Select(m => m.Id));
            Assert.All(first.Zip(second), pair => Assert.Same(pair.First, pair.Second));
        }
    }

    private static int Count(List<Moved> list)
    {
        lock (list) return list.Count;
    }

    private sealed class Collect(List<Moved> into) : IObserver<Moved>
    {
        public void OnNext(Moved value)
        {
            lock (into) into.Add(value);
        }

        public void OnError(Exception error) => throw error;
        public void OnCompleted() { }
    }

    public void Dispose() => _redis.Dispose();
}
