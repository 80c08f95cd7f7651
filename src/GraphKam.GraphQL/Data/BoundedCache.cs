using System.Collections.Concurrent;

namespace GraphKam.GraphQL.Data;

/// <summary>
/// What is built once per key and reused (projections, compiled queries), kept up to a bound: the keys come from
/// what clients write, and every new combination would otherwise stay in memory for good. Past the bound a value is
/// built for each use and not kept.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int bound) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _known = new();

    /// <param name="build">Given the key and <paramref name="state"/>, so that a call that finds its value allocates nothing.</param>
    public TValue GetOrBuild<TState>(TKey key, TState state, Func<TKey, TState, TValue> build)
    {
        if (_known.TryGetValue(key, out var known)) return known;
        var built = build(key, state);
        if (_known.Count < bound) _known.TryAdd(key, built);
        return built;
    }
}
