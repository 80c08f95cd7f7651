using System.Globalization;

namespace GraphKam.Bench.Peer;

/// <summary>
/// The command line of `peer` and `startup`: --seconds, --warmup, --connections, --rounds, --database, --peer, --only,
/// --fresh, and --server (a folder holding a published GraphKam.Server.dll; the Release build when absent).
/// </summary>
public sealed record PeerOptions(int Seconds, int Warmup, int Connections, int Rounds, string Database, Uri Peer,
    IReadOnlySet<string> Only, bool Fresh, string? Server)
{
    public static PeerOptions Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var fresh = list.Remove("--fresh");
        var named = list.Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
        int Number(string name, int fallback) => named.TryGetValue(name, out var text)
            ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new PeerOptions(Number("--seconds", 10), Number("--warmup", 3), Number("--connections", 32),
            Number("--rounds", 1),
            named.GetValueOrDefault("--database", Path.Combine(Path.GetTempPath(), "graphkam-peer-bench.db")),
            new Uri(named.GetValueOrDefault("--peer", "http://127.0.0.1:5400/graphql")),
            named.TryGetValue("--only", out var only) ? only.Split(',').ToHashSet() : new HashSet<string>(),
            fresh, named.TryGetValue("--server", out var server) ? Path.GetFullPath(server) : null);
    }
}
