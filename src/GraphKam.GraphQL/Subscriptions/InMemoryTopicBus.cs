using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using GraphKam.GraphQL.Telemetry;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// The topic bus of a single machine. Publishing queues the message and returns: one worker at a time hands the
/// queued messages, in the order published, to each subscriber's <c>OnNext</c>, so a mutation never waits for ten
/// thousand subscribers and every subscriber sees the events of a topic in order. GraphQL.NET's subscription
/// pipeline only queues the event there, and every transport holds its own bounded send queue, so a slow client
/// never slows the others. What it does is counted by <see cref="EventBusMeter"/>.
/// </summary>
public sealed class InMemoryTopicBus : ITopicBus
{
    private readonly ConcurrentDictionary<string, ImmutableList<IObserver<object>>> _topics = new();

    private readonly Queue<(string Topic, object Message, long PublishedAt)> _pending = new();
    private bool _delivering;

    public Task PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default) where T : notnull
    {
        EventBusMeter.Published(topic);
        lock (_pending)
        {
            _pending.Enqueue((topic, message, Stopwatch.GetTimestamp()));
            if (_delivering) return Task.CompletedTask;
            _delivering = true;
        }
        ThreadPool.UnsafeQueueUserWorkItem(static bus => bus.Deliver(), this, preferLocal: false);
        return Task.CompletedTask;
    }

    /// <summary>The worker: delivers until the queue is empty (a publication arriving meanwhile is delivered too).</summary>
    private void Deliver()
    {
        while (true)
        {
            (string Topic, object Message, long PublishedAt) next;
            lock (_pending)
            {
                if (!_pending.TryDequeue(out next))
                {
                    _delivering = false;
                    return;
                }
            }
            if (!_topics.TryGetValue(next.Topic, out var subscribers)) continue;
            foreach (var subscriber in subscribers)
            {
                try { subscriber.OnNext(next.Message); }
                catch (Exception) { } // a subscriber's failure is its own: the others still get the message
            }
            EventBusMeter.Delivered(next.Topic, subscribers.Count, next.PublishedAt);
        }
    }

    public IObservable<T> Subscribe<T>(string topic) => new Topic<T>(this, topic);

    /// <summary>How many subscriptions a topic has (for tests and diagnostics).</summary>
    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers.Count : 0;

    private sealed class Topic<T>(InMemoryTopicBus bus, string topic) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            var subscriber = new Subscriber(observer);
            bus._topics.AddOrUpdate(topic, _ => [subscriber], (_, list) => list.Add(subscriber));
            EventBusMeter.Subscribed(topic);
            return new Unsubscriber(() =>
            {
                bus._topics.AddOrUpdate(topic, _ => [], (_, list) => list.Remove(subscriber));
                EventBusMeter.Unsubscribed(topic);
            });
        }

        /// <summary>Passes on the messages of type <typeparamref name="T"/>; a failing observer cannot break the publisher.</summary>
        private sealed class Subscriber(IObserver<T> observer) : IObserver<object>
        {
            public void OnNext(object value)
            {
                if (value is T typed) observer.OnNext(typed);
            }

            public void OnError(Exception error) => observer.OnError(error);
            public void OnCompleted() => observer.OnCompleted();
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
