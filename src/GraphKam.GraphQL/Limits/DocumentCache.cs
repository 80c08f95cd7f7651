using GraphKam.GraphQL.Http;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Limits;

/// <summary>
/// Documents that passed the <see cref="DocumentGate"/>, keyed by their text, so that a client sending the same
/// document again skips parsing, the shape checks and (once an operation of it has run) the caller-independent
/// validation rules. Bounded by <see cref="GraphQLServerOptions.DocumentCacheSize"/> characters of text; the least
/// recently used documents leave first. Only what depends on the text alone is kept: see <see cref="CachedDocument"/>.
/// </summary>
public sealed class DocumentCache : IDisposable
{
    private readonly MemoryCache? _documents;

    public DocumentCache(IOptions<GraphQLServerOptions> options)
    {
        var size = options.Value.DocumentCacheSize;
        if (size > 0)
            _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = size, CompactionPercentage = 0.25 });
    }

    /// <summary>How many documents are kept now.</summary>
    public int Count => _documents?.Count ?? 0;

    public CachedDocument? Find(string text) =>
        _documents != null && _documents.TryGetValue(text, out CachedDocument? found) ? found : null;

    /// <summary>Keeps <paramref name="document"/> (parsed from <paramref name="text"/>) when there is room.</summary>
    public CachedDocument Add(string text, GraphQLDocument document)
    {
        var entry = new CachedDocument(document);
        _documents?.Set(text, entry, new MemoryCacheEntryOptions { Size = Math.Max(1, text.Length) });
        return entry;
    }

    public void Dispose() => _documents?.Dispose();
}
