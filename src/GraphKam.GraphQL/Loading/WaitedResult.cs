namespace GraphKam.GraphQL.Loading;

/// <summary>
/// A result many callers wait for. With <paramref name="continueInline"/>, the callers waiting when it is set go on,
/// one after another, on the thread that sets it: a task with many awaiters would run only one of them there and
/// queue the rest to the thread pool, each a hand-over (for ten thousand subscribers of one event, more than their
/// own work). Without it, every waiter goes to the thread pool. Callers that come after it is set go on at once.
/// </summary>
public sealed class WaitedResult<T>(bool continueInline)
{
    private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private List<TaskCompletionSource<T>>? _waiting = [];

    public bool IsCompleted => _outcome.Task.IsCompleted;

    /// <summary>A task of this caller's own, completed with the result (its only awaiter runs where it is set).</summary>
    public Task<T> Wait()
    {
        lock (_lock)
        {
            if (_waiting == null) return _outcome.Task;
            var mine = new TaskCompletionSource<T>(continueInline ? TaskCreationOptions.None : TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add(mine);
            return mine.Task;
        }
    }

    public void SetResult(T result) => Complete(source => source.TrySetResult(result));

    public void SetException(Exception exception) => Complete(source => source.TrySetException(exception));

    public void SetCanceled(CancellationToken token) => Complete(source => source.TrySetCanceled(token));

    private void Complete(Func<TaskCompletionSource<T>, bool> set)
    {
        if (!set(_outcome)) return;
        List<TaskCompletionSource<T>>? waiting;
        lock (_lock) (waiting, _waiting) = (_waiting, null);
        foreach (var waiter in waiting ?? []) set(waiter);
    }
}
