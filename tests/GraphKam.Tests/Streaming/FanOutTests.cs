using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Subscriptions;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// How one event reaches many subscriptions: the in-memory bus delivers off the publisher's thread, in the order
/// published; an asynchronous filter checks in order whatever order its checks finish in, and keeps its limit.
/// </summary>
public sealed class FanOutTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Publishing_returns_while_a_subscriber_is_still_busy_and_everyone_gets_every_event_in_order()
    {
        var bus = new InMemoryTopicBus();
        using var release = new ManualResetEventSlim();
        var busy = new Recorder(_ => release.Wait(Wait));
        var failing = new Recorder(_ => throw new InvalidOperationException("a broken subscriber"));
        var calm = new Recorder(_ => { });
        using var one = bus.Subscribe<int>("t").Subscribe(busy);
        using var two = bus.Subscribe<int>("t").Subscribe(failing);
        using var three = bus.Subscribe<int>("t").Subscribe(calm);

        // Before, the publisher ran each subscriber's OnNext itself: it would wait here for the busy one.
        var publishing = Task.Run(async () => { for (var i = 0; i < 500; i++) await bus.PublishAsync("t", i); });
        Assert.Same(publishing, await Task.WhenAny(publishing, Task.Delay(Wait)));
        Assert.False(release.IsSet);
        release.Set();

        var expected = Enumerable.Range(0, 500).ToList();
        Assert.Equal(expected, await busy.FirstAsync(500));
        Assert.Equal(expected, await calm.FirstAsync(500));
        Assert.Equal(expected, await failing.FirstAsync(500));
    }

    [Fact]
    public async Task An_asynchronous_filter_passes_events_in_order_whatever_order_its_checks_finish_in()
    {
        var bus = new InMemoryTopicBus();
        var random = new Random(7);
        var delays = Enumerable.Range(0, 200).Select(_ => random.Next(0, 4)).ToArray();
        var passed = new Recorder(_ => { });
        using var subscription = bus.Subscribe<int>("t").WhereAsync(async (value, cancellation) =>
        {
            if (delays[value] > 0) await Task.Delay(delays[value], cancellation); // some at once, some later
            if (value % 10 == 3) throw new InvalidOperationException("this check fails"); // drops only its event
            return value % 2 == 0 || value % 5 == 0;
        }).Subscribe(passed);

        for (var i = 0; i < 200; i++) await bus.PublishAsync("t", i);

        var expected = Enumerable.Range(0, 200).Where(v => v % 10 != 3 && (v % 2 == 0 || v % 5 == 0)).ToList();
        Assert.Equal(expected, await passed.FirstAsync(expected.Count));
    }

    [Fact]
    public async Task A_filter_more_than_its_capacity_behind_ends_the_subscription_after_the_events_it_took()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new Source();
        var passed = new Recorder(_ => { });
        using var subscription = source.WhereAsync(async (_, _) => { await gate.Task; return true; }).Subscribe(passed);

        // One event is being checked, a full queue waits behind it, and the next one is one too many.
        for (var i = 0; i < 1 + 1000 + 1; i++) source.Next(i);
        source.Next(9999); // after the end: ignored
        gate.SetResult();

        Assert.Equal(Enumerable.Range(0, 1001), await passed.FirstAsync(1001));
        var error = Assert.IsType<CodedError>(await passed.Ended.Task.WaitAsync(Wait));
        Assert.Equal(ErrorCodes.SubscriptionOverflow, error.Code);
        Assert.Equal(1001, passed.Values.Count);
    }

    /// <summary>An observable whose events the test pushes on its own thread.</summary>
    private sealed class Source : IObservable<int>
    {
        private IObserver<int>? _observer;

        public void Next(int value) => _observer!.OnNext(value);

        public IDisposable Subscribe(IObserver<int> observer)
        {
            _observer = observer;
            return new Unsubscribe();
        }

        private sealed class Unsubscribe : IDisposable
        {
            public void Dispose() { }
        }
    }

    /// <summary>Records what it gets, after running <paramref name="onNext"/> (which may block or throw).</summary>
    private sealed class Recorder(Action<int> onNext) : IObserver<int>
    {
        private readonly Lock _lock = new();

        public List<int> Values { get; } = [];
        public TaskCompletionSource<Exception?> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnNext(int value)
        {
            lock (_lock) Values.Add(value);
            onNext(value);
        }

        public void OnError(Exception error) => Ended.TrySetResult(error);
        public void OnCompleted() => Ended.TrySetResult(null);

        public async Task<List<int>> FirstAsync(int count)
        {
            var deadline = DateTime.UtcNow + Wait;
            while (true)
            {
                lock (_lock) if (Values.Count >= count || DateTime.UtcNow > deadline) return Values.Take(count).ToList();
                await Task.Delay(10);
            }
        }
    }
}
