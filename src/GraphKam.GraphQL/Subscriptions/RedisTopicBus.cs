using System.Collections.Concurrent;
using System.Text.Json;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Telemetry;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// The topic bus of several machines: a message is published to a Redis channel (one per topic, under a prefix of
/// the deployment's own), and every machine that has local subscribers to the topic listens on that channel,
/// deserialises each message once and hands that one instance to all its local subscribers, in the order
/// published. When Redis is lost, local subscriptions end with <see cref="EventBusUnavailableError"/> (their events
/// could be missed silently otherwise), publishing logs and drops (the change itself is committed), and new
/// subscriptions are refused until the connection is back; the multiplexer reconnects by itself.
/// </summary>
public sealed class RedisTopicBus : ITopicBus, IDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<(string Topic, Type Type), IRedisTopic> _topics = new();
    private readonly Lock _changing = new();

    public RedisTopicBus(IConnectionMultiplexer redis, string channelPrefix, ILogger<RedisTopicBus> logger)
    {
        _redis = redis;
        _prefix = channelPrefix;
        _logger = logger;
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;
    }

    /// <summary>Whether publishing and listening work now (for <c>/readyz</c>).</summary>
    public bool IsConnected => _redis.IsConnected;

    public async Task PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default)
        where T : notnull
    {
        // The publication time travels with the message, so each instance can measure its delivery latency.
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Envelope(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            JsonSerializer.SerializeToElement(message, message.GetType())));
        try
        {
            await _redis.GetSubscriber().PublishAsync(Channel(topic), payload);
            EventBusMeter.Published(topic);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // The change is committed; only its live notification is lost, and subscribers have been told.
            _logger.LogWarning(exception, "Redis is unavailable: an event on {Topic} reached no subscriber.", topic);
        }
    }

    public IObservable<T> Subscribe<T>(string topic) => new Observable<T>(this, topic);

    /// <summary>Local subscriptions to <paramref name="topic"/> whose channel Redis has confirmed.</summary>
    public int SubscriberCount(string topic) =>
        _topics.Where(pair => pair.Key.Topic == topic).Sum(pair => pair.Value.ListeningCount);

    private RedisChannel Channel(string topic) => RedisChannel.Literal($"{_prefix}:{topic}");

    private IDisposable Add<T>(string topic, IObserver<T> observer)
    {
        if (!_redis.IsConnected)
        {
            observer.OnError(new EventBusUnavailableError());
            return Unsubscriber.None;
        }
        RedisTopic<T> redisTopic;
        lock (_changing)
        {
            redisTopic = (RedisTopic<T>)_topics.GetOrAdd((topic, typeof(T)), _ => new RedisTopic<T>(this, topic));
            redisTopic.Add(observer);
        }
        EventBusMeter.Subscribed(topic);
        return new Unsubscriber(() =>
        {
            Remove(topic, redisTopic, observer);
            EventBusMeter.Unsubscribed(topic);
        });
    }

    private void Remove<T>(string topic, RedisTopic<T> redisTopic, IObserver<T> observer)
    {
        lock (_changing)
        {
            if (!redisTopic.Remove(observer)) return;
            _topics.TryRemove(new KeyValuePair<(string, Type), IRedisTopic>((topic, typeof(T)), redisTopic));
        }
        redisTopic.Stop();
    }

    private void Forget(IRedisTopic topic)
    {
        lock (_changing)
        {
            foreach (var pair in _topics.Where(pair => ReferenceEquals(pair.Value, topic)))
                _topics.TryRemove(pair);
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        _logger.LogError(e.Exception, "Redis connection lost ({Type}, {Failure}): live updates are interrupted.",
            e.ConnectionType, e.FailureType);
        List<IRedisTopic> failed;
        lock (_changing)
        {
            failed = [.. _topics.Values];
            _topics.Clear();
        }
        foreach (var topic in failed) topic.Fail(new EventBusUnavailableError());
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) =>
        _logger.LogInformation("Redis connection restored ({Type}): live updates resume.", e.ConnectionType);

    /// <summary>Closes the connection, which the bus owns.</summary>
    public void Dispose()
    {
        _redis.ConnectionFailed -= OnConnectionFailed;
        _redis.ConnectionRestored -= OnConnectionRestored;
        _redis.Dispose();
    }

    private interface IRedisTopic
    {
        int ListeningCount { get; }
        void Fail(Exception error);
    }

    /// <summary>One topic's local subscribers of one message type, and the Redis channel feeding them.</summary>
    private sealed class RedisTopic<T> : IRedisTopic
    {
        private readonly RedisTopicBus _bus;
        private readonly string _topic;
        private readonly Task<ChannelMessageQueue?> _queue;
        private volatile IObserver<T>[] _observers = [];

        public RedisTopic(RedisTopicBus bus, string topic)
        {
            _bus = bus;
            _topic = topic;
            _queue = ListenAsync();
        }

        public int ListeningCount =>
            _queue is { IsCompletedSuccessfully: true, Result: not null } ? _observers.Length : 0;

        public void Add(IObserver<T> observer) => _observers = [.. _observers, observer];

        /// <summary>Removes one subscriber; true when it was the last.</summary>
        public bool Remove(IObserver<T> observer)
        {
            _observers = [.. _observers.Where(o => !ReferenceEquals(o, observer))];
            return _observers.Length == 0;
        }

        public void Fail(Exception error)
        {
            var observers = _observers;
            _observers = [];
            Stop();
            foreach (var observer in observers) observer.OnError(error);
        }

        public void Stop() => _ = StopAsync();

        private async Task<ChannelMessageQueue?> ListenAsync()
        {
            try
            {
                var queue = await _bus._redis.GetSubscriber().SubscribeAsync(_bus.Channel(_topic));
                // OnMessage handles one message at a time, in the order Redis delivered them.
                queue.OnMessage(message => Deliver(message.Message));
                return queue;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                _bus.Forget(this);
                Fail(new EventBusUnavailableError());
                return null;
            }
        }

        private void Deliver(RedisValue payload)
        {
            T? message;
            Envelope envelope;
            try
            {
                envelope = JsonSerializer.Deserialize<Envelope>((byte[])payload!);
                message = envelope.Message.Deserialize<T>();
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException)
            {
                // Not an envelope (a message of an older instance) or not the type: skipped, never a crash.
                _bus._logger.LogError(exception, "A message on {Topic} could not be read as {Type}.", _topic,
                    typeof(T).Name);
                return;
            }
            if (message == null) return;
            var observers = _observers;
            foreach (var observer in observers) observer.OnNext(message);
            EventBusMeter.Delivered(_topic, observers.Length,
                DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeMilliseconds(envelope.PublishedAt));
        }

        private async Task StopAsync()
        {
            try
            {
                if (await _queue is { } queue) await queue.UnsubscribeAsync();
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // Redis is gone: so is the subscription.
            }
        }
    }

    /// <summary>A message as it crosses Redis: when it was published (Unix milliseconds) and the event itself.</summary>
    private readonly record struct Envelope(long PublishedAt, JsonElement Message);

    private sealed class Observable<T>(RedisTopicBus bus, string topic) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer) => bus.Add(topic, observer);
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public static readonly IDisposable None = new Unsubscriber(() => { });
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}

/// <summary>Live updates cannot be delivered now: the event bus (Redis) is unreachable.</summary>
public sealed class EventBusUnavailableError() : CodedError(ErrorCode,
    "Live updates are interrupted: the event bus is unreachable. Subscribe again in a moment; changes made meanwhile "
    + "were not sent, so read the current state first.")
{
    public const string ErrorCode = "EVENT_BUS_UNAVAILABLE";
}
