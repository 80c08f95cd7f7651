using GraphKam.GraphQL.Errors;
using GraphQL;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>The few stream operators subscriptions need (no Rx dependency): filter, asynchronous filter, throttle.</summary>
public static class StreamOperators
{
    public static IObservable<T> Where<T>(this IObservable<T> source, Func<T, bool> predicate) => new Filtered<T>(source, predicate);

    /// <summary>
    /// Keeps the events for which <paramref name="predicate"/> (e.g. a database check) is true, in their order, checked
    /// one at a time off the publisher's thread. A failing check drops its event instead of ending the subscription;
    /// a subscriber more than <see cref="AsyncFiltered{T}.Capacity"/> events behind is ended with an error.
    /// </summary>
    public static IObservable<T> WhereAsync<T>(this IObservable<T> source, Func<T, CancellationToken, ValueTask<bool>> predicate) =>
        new AsyncFiltered<T>(source, predicate);

    /// <summary>
    /// At most one event per <paramref name="interval"/>: the first passes at once; later ones inside the interval
    /// collapse into one, delivered when it ends (the latest wins, so a subscriber always ends up current).
    /// </summary>
    public static IObservable<T> Throttle<T>(this IObservable<T> source, TimeSpan interval, TimeProvider clock) =>
        new Throttled<T>(source, interval, clock, null);

    /// <summary>
    /// <see cref="Throttle{T}(IObservable{T}, TimeSpan, TimeProvider)"/> for the subscription <paramref name="context"/>
    /// resolves: an event held back to the end of the interval is recorded as late (<see cref="LateEvents"/>), so it is
    /// answered as of when it is sent, not with an answer another subscription read when the event was new.
    /// </summary>
    public static IObservable<T> Throttle<T>(this IObservable<T> source, IResolveFieldContext context, TimeSpan interval,
        TimeProvider clock) where T : class
    {
        var late = LateEvents.Of(context);
        return new Throttled<T>(source, interval, clock, late.Mark);
    }

    private sealed class Filtered<T>(IObservable<T> source, Func<T, bool> predicate) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer) => source.Subscribe(new Observer(observer, predicate));

        private sealed class Observer(IObserver<T> next, Func<T, bool> predicate) : IObserver<T>
        {
            public void OnNext(T value)
            {
                if (predicate(value)) next.OnNext(value);
            }

            public void OnError(Exception error) => next.OnError(error);
            public void OnCompleted() => next.OnCompleted();
        }
    }

    private sealed class AsyncFiltered<T>(IObservable<T> source, Func<T, CancellationToken, ValueTask<bool>> predicate) : IObservable<T>
    {
        public const int Capacity = 1000;

        public IDisposable Subscribe(IObserver<T> observer)
        {
            var worker = new Worker(observer, predicate);
            return new Both(source.Subscribe(worker), worker);
        }

        /// <summary>
        /// Checks the events one at a time, in order. An event arriving while nothing is being checked is checked on
        /// the arriving thread, and one whose check finishes at once goes on there too: ten thousand subscribers of
        /// one event then cost no hand-over each. A check that has to wait leaves the rest to its continuation.
        /// </summary>
        private sealed class Worker(IObserver<T> next, Func<T, CancellationToken, ValueTask<bool>> predicate) : IObserver<T>, IDisposable
        {
            private readonly Queue<T> _queue = new();
            private readonly CancellationTokenSource _stop = new();
            private readonly Lock _lock = new();
            private bool _checking; // someone is checking: the thread that found the worker idle, or a check's continuation
            private bool _ended;    // no events are taken any more (completed, failed or disposed)
            private bool _endSent;
            private Exception? _error;

            public void OnNext(T value)
            {
                lock (_lock)
                {
                    if (_ended) return;
                    if (_queue.Count >= Capacity)
                    {
                        _error = new CodedError(ErrorCodes.SubscriptionOverflow, $"More than {Capacity} events were waiting for this subscription; it was ended.");
                        _ended = true; // the queued events are still checked, then the error ends the stream
                        return;
                    }
                    _queue.Enqueue(value);
                    if (_checking) return;
                    _checking = true;
                }
                Check();
            }

            public void OnError(Exception error) => End(error);

            public void OnCompleted() => End(null);

            private void End(Exception? error)
            {
                lock (_lock)
                {
                    if (_ended) return;
                    (_ended, _error) = (true, error);
                    if (_checking) return;
                    _checking = true;
                }
                Check();
            }

            private void Check()
            {
                while (!_stop.IsCancellationRequested)
                {
                    T value;
                    bool last;
                    lock (_lock)
                    {
                        last = !_queue.TryDequeue(out value!);
                        if (last)
                        {
                            _checking = false;
                            if (!_ended || _endSent) return;
                            _endSent = true;
                        }
                    }
                    if (last)
                    {
                        if (_error != null) next.OnError(_error);
                        else next.OnCompleted();
                        return;
                    }
                    ValueTask<bool> check;
                    try { check = predicate(value, _stop.Token); }
                    catch (Exception) when (!_stop.IsCancellationRequested) { continue; } // a failing check drops its event
                    if (!check.IsCompleted)
                    {
                        _ = PassWhenCheckedAsync(check, value);
                        return;
                    }
                    bool keep;
                    try { keep = check.Result; }
                    catch (Exception) { keep = false; }
                    Pass(keep, value);
                }
            }

            private async Task PassWhenCheckedAsync(ValueTask<bool> check, T value)
            {
                bool keep;
                try { keep = await check; }
                catch (Exception) { keep = false; } // failed or cancelled: the event is dropped
                Pass(keep, value);
                Check();
            }

            private void Pass(bool keep, T value)
            {
                if (keep && !_stop.IsCancellationRequested) next.OnNext(value);
            }

            public void Dispose()
            {
                lock (_lock)
                {
                    _ended = true;
                    _queue.Clear();
                }
                _stop.Cancel();
            }
        }
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }

    private sealed class Throttled<T>(IObservable<T> source, TimeSpan interval, TimeProvider clock, Action<T>? late) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            var gate = new Gate(observer, interval, clock, late);
            var subscription = source.Subscribe(gate);
            return new Both(subscription, gate);
        }

        private sealed class Gate(IObserver<T> next, TimeSpan interval, TimeProvider clock, Action<T>? late) : IObserver<T>, IDisposable
        {
            private readonly Lock _lock = new();
            private DateTimeOffset _lastSent = DateTimeOffset.MinValue;
            private (bool Has, T Value) _pending;
            private ITimer? _timer;
            private bool _disposed;

            public void OnNext(T value)
            {
                lock (_lock)
                {
                    if (_disposed) return;
                    var wait = _lastSent + interval - clock.GetUtcNow();
                    if (wait <= TimeSpan.Zero && _timer == null)
                    {
                        _lastSent = clock.GetUtcNow();
                        next.OnNext(value);
                        return;
                    }
                    _pending = (true, value);
                    _timer ??= clock.CreateTimer(_ => Flush(), null, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                }
            }

            private void Flush()
            {
                lock (_lock)
                {
                    _timer?.Dispose();
                    _timer = null;
                    if (_disposed || !_pending.Has) return;
                    var value = _pending.Value;
                    _pending = default;
                    _lastSent = clock.GetUtcNow();
                    late?.Invoke(value);
                    next.OnNext(value);
                }
            }

            // The stream ends: a summary still waiting for its timer must not follow the end.
            public void OnError(Exception error)
            {
                Dispose();
                next.OnError(error);
            }

            public void OnCompleted()
            {
                Dispose();
                next.OnCompleted();
            }

            public void Dispose()
            {
                lock (_lock)
                {
                    _disposed = true;
                    _timer?.Dispose();
                    _timer = null;
                }
            }
        }
    }
}
