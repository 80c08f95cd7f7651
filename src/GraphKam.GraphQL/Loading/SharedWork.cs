namespace GraphKam.GraphQL.Loading;

/// <summary>
/// Work that several callers wait on (one SQL statement for a batch of keys, say), started by the first of them. Its
/// cancellation token fires only once every caller waiting on it has stopped waiting (their requests were cancelled):
/// no caller's cancellation fails it for the others, and work nobody waits for any more does not go on running. A
/// caller that comes after such an abandoned run starts the work again. With <paramref name="continueInline"/>, the
/// callers go on, one after another, on the thread that finished the work (for thousands of waiters doing little,
/// such as the subscribers of one event, where handing each to the thread pool costs more than its own work).
/// </summary>
public sealed class SharedWork<T>(Func<CancellationToken, Task<T>> work, bool continueInline = false)
{
    private readonly Lock _gate = new();
    private Run? _current;

    public async Task<T> WaitAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Run run;
        bool start;
        lock (_gate)
        {
            start = _current is null || _current.Abandoned;
            if (start) _current = new Run(continueInline);
            run = _current!;
            run.Waiters++;
        }
        // Not on this caller's stack: SQLite runs a statement synchronously, and the caller must be free to leave.
        if (start) _ = Task.Run(() => CompleteAsync(run), CancellationToken.None);
        try
        {
            return await run.Result.Wait().WaitAsync(cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                // The last caller gone before the result: nobody wants it any more.
                if (--run.Waiters == 0 && !run.Result.IsCompleted)
                {
                    run.Abandoned = true;
                    run.Cancellation.Cancel();
                }
            }
        }
    }

    private async Task CompleteAsync(Run run)
    {
        try
        {
            run.Result.SetResult(await work(run.Cancellation.Token));
        }
        catch (OperationCanceledException) when (run.Cancellation.IsCancellationRequested)
        {
            run.Result.SetCanceled(run.Cancellation.Token);
        }
        catch (Exception exception)
        {
            run.Result.SetException(exception);
        }
        // Under the lock: a caller leaving cancels only while the result is unknown, so never a disposed source.
        lock (_gate) run.Cancellation.Dispose();
    }

    private sealed class Run(bool continueInline)
    {
        public CancellationTokenSource Cancellation { get; } = new();
        public WaitedResult<T> Result { get; } = new(continueInline);
        public int Waiters { get; set; }
        public bool Abandoned { get; set; }
    }
}
