using GraphKam.GraphQL.Loading;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// A batch several callers wait on (in a subscription, every subscriber of an event) is cancelled only when the
/// last of them has gone, and a caller that comes after that starts it again.
/// </summary>
public sealed class SharedWorkTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task One_caller_leaving_does_not_cancel_the_work_for_the_others()
    {
        var runs = new Runs();
        var work = new SharedWork<int>(runs.RunAsync);
        using var first = new CancellationTokenSource();
        var leaving = work.WaitAsync(first.Token);
        var staying = work.WaitAsync(CancellationToken.None);
        await first.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);

        runs.Finish(42);
        Assert.Equal(42, await staying.WaitAsync(Wait));
        Assert.Equal(1, runs.Started);
        Assert.Equal(0, runs.Cancelled);
    }

    [Fact]
    public async Task The_work_is_cancelled_when_every_caller_has_left_and_runs_again_for_a_later_one()
    {
        var runs = new Runs();
        var work = new SharedWork<int>(runs.RunAsync);
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();
        var waits = new[] { work.WaitAsync(first.Token), work.WaitAsync(second.Token) };
        await first.CancelAsync();
        Assert.Equal(0, runs.Cancelled);
        await second.CancelAsync();
        foreach (var wait in waits) await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        await runs.CancelledOnce.WaitAsync(Wait);
        Assert.Equal(1, runs.Cancelled);

        var later = work.WaitAsync(CancellationToken.None);
        runs.Finish(7);
        Assert.Equal(7, await later.WaitAsync(Wait));
        Assert.Equal(2, runs.Started);
    }

    /// <summary>Work that ends when the test says so, counting its starts and its cancellations.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Waiters_continue_on_the_finishing_thread_only_when_asked_to(bool continueInline)
    {
        var gate = new TaskCompletionSource<int>(); // completed below on a thread of its own, continuing there
        var work = new SharedWork<int>(async _ => await gate.Task, continueInline);
        var threads = new System.Collections.Concurrent.ConcurrentBag<int>();
        async Task WaitAsync()
        {
            await work.WaitAsync(CancellationToken.None);
            threads.Add(Environment.CurrentManagedThreadId);
        }
        // On the thread pool, as in the server: xunit's synchronisation context would take every continuation.
        var waiters = Enumerable.Range(0, 20).Select(_ => Task.Run(WaitAsync)).ToArray();
        await Task.Delay(50); // the work has started and waits for the gate

        var finisher = new Thread(() => gate.SetResult(1));
        finisher.Start();
        await Task.WhenAll(waiters).WaitAsync(Wait);

        // The finishing thread ran every waiter before it ended, or none of them (they went to the thread pool).
        Assert.Equal(continueInline ? 20 : 0, threads.Count(id => id == finisher.ManagedThreadId));
    }

    private sealed class Runs
    {
        private readonly TaskCompletionSource<int> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _cancelledOnce = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;
        private int _cancelled;

        public int Started => Volatile.Read(ref _started);
        public int Cancelled => Volatile.Read(ref _cancelled);
        public Task CancelledOnce => _cancelledOnce.Task;

        public void Finish(int value) => _result.TrySetResult(value);

        public async Task<int> RunAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _started);
            try
            {
                return await _result.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                _cancelledOnce.TrySetResult();
                throw;
            }
        }
    }
}
