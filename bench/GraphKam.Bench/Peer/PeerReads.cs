using System.Text.Json;

namespace GraphKam.Bench.Peer;

/// <summary>One read of reads.json: its request body for GraphKam and, for a-d, for the peer.</summary>
public sealed record PeerRead(string Key, string Description, byte[] GraphKam, byte[]? Peer)
{
    public static IReadOnlyList<PeerRead> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Peer", "reads.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateObject()
            .Where(read => !read.Name.StartsWith('$'))
            .Select(read => new PeerRead(read.Name, read.Value.GetProperty("description").GetString()!,
                Body(read.Value.GetProperty("graphkam")),
                read.Value.TryGetProperty("peer", out var peer) ? Body(peer) : null))
            .ToList();
    }

    // The request body as sent: {"query": ..., "variables": ...}, serialised once.
    private static byte[] Body(JsonElement request) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, JsonElement>
    {
        ["query"] = request.GetProperty("query"),
        ["variables"] = request.GetProperty("variables"),
    });
}
