using GraphKam.GraphQL.Telemetry;
using GraphQL.DataLoader;

namespace GraphKam.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of the result, then fetches them
/// in a single round trip when the executor first awaits any of them (it awaits <see cref="IDataLoaderResult"/>s
/// only after the whole level has been visited). Results are cached per key for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Batch> _batchOf = [];
    private Batch _open;

    public BatchLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        _fetch = fetch;
        _open = new Batch(this);
    }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOf.TryGetValue(key, out var batch))
            {
                batch = _open;
                batch.Keys.Add(key);
                _batchOf[key] = batch;
            }
            return new PendingResult(batch.Fetch, key);
        }
    }

    // Once its fetch has started a batch takes no more keys: later ones go into the next batch.
    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_open == batch) _open = new Batch(this);
        }
        using var activity = GraphQLTelemetry.Source.StartActivity("graphql.dataloader.batch");
        activity?.SetTag("graphql.dataloader.value_type", typeof(TValue).Name);
        activity?.SetTag("graphql.dataloader.batch_size", batch.Keys.Count);
        GraphQLMetrics.BatchSize.Record(batch.Keys.Count,
            new KeyValuePair<string, object?>("graphql.dataloader.value_type", typeof(TValue).Name));
        return await _fetch(batch.Keys, cancellationToken);
    }

    // The fetch is shared by every caller waiting on the batch (in a subscription, by every subscriber of an event):
    // it is cancelled only when all of them are gone, never by one caller for the others.
    private sealed class Batch
    {
        public Batch(BatchLoader<TKey, TValue> loader) =>
            Fetch = new(cancellation => loader.FetchAsync(this, cancellation));

        public List<TKey> Keys { get; } = [];
        public SharedWork<IReadOnlyDictionary<TKey, TValue>> Fetch { get; }
    }

    private sealed class PendingResult(SharedWork<IReadOnlyDictionary<TKey, TValue>> fetch, TKey key)
        : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await fetch.WaitAsync(cancellationToken)).TryGetValue(key, out var value) ? value : default;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
