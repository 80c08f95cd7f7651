using GraphQL.DataLoader;

namespace GraphKam.GraphQL.Loading;

/// <summary>
/// A value computed only when the executor asks for it, after the current level has been visited: lets a field
/// combine loader results (or run a query only when it is selected) while batching still happens.
/// </summary>
public sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
{
    private Task<T>? _task;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) =>
        _task ??= compute(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}

public static class DataLoaderResultExtensions
{
    /// <summary>A loader result mapped by <paramref name="map"/> once it is known, without giving up batching.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> pending, Func<TIn, TOut> map) =>
        new DeferredResult<TOut>(async cancellationToken => map(await pending.GetResultAsync(cancellationToken)));
}
