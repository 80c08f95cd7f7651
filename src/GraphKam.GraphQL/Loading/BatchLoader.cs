using GraphKam.GraphQL.Telemetry;
using GraphQL.DataLoader;

namespace GraphKam.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of the result, then fetches them
/// in a single round trip when the executor first awaits any of them (it awaits <see cref="IDataLoaderResult"/>s
/// only after the whole level has been visited). Results are cached per key for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _requested = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Result)> _pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_requested.TryGetValue(key, out var task))
            {
                var completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending.Add((key, completion));
                _requested[key] = task = completion.Task;
            }
            return new PendingResult(this, task);
        }
    }

    // The fetch is shared by every caller waiting on the batch (in a subscription, by every subscriber of an event),
    // so no single caller's cancellation may fail it for the others: each caller stops waiting on its own instead.
    private async Task DispatchAsync()
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Result)> batch;
        lock (_gate)
        {
            if (_pending.Count == 0) return; // another result already took this batch; its task completes ours
            batch = _pending;
            _pending = [];
        }
        using var activity = GraphQLTelemetry.Source.StartActivity("graphql.dataloader.batch");
        activity?.SetTag("graphql.dataloader.value_type", typeof(TValue).Name);
        activity?.SetTag("graphql.dataloader.batch_size", batch.Count);
        GraphQLMetrics.BatchSize.Record(batch.Count,
            new KeyValuePair<string, object?>("graphql.dataloader.value_type", typeof(TValue).Name));
        try
        {
            var found = await fetch(batch.ConvertAll(p => p.Key), CancellationToken.None);
            foreach (var (key, result) in batch)
                result.TrySetResult(found.TryGetValue(key, out var value) ? value : default);
        }
        catch (Exception exception)
        {
            foreach (var (_, result) in batch) result.TrySetException(exception);
        }
    }

    private sealed class PendingResult(BatchLoader<TKey, TValue> loader, Task<TValue?> task) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!task.IsCompleted) await loader.DispatchAsync().WaitAsync(cancellationToken);
            return await task.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
