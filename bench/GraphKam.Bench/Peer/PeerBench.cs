using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphKam.Bench.Peer;

/// <summary>
/// The read benchmark against the performance peer: the peer's data set in a GraphKam SQLite database (built once, then
/// reused), one GraphKam server process on loopback, and the reads of reads.json sent by a fixed number of connections,
/// warm-up first, then a measured window per read. When a peer (a PostGraphile 5 server with the same data) answers
/// at <see cref="PeerOptions.Peer"/>, reads a-d are sent to it too, right after GraphKam's, and shown side by side.
/// </summary>
public static class PeerBench
{
    public static async Task RunAsync(PeerOptions options)
    {
        if (!File.Exists(options.Database) || options.Fresh) await BuildDatabaseAsync(options.Database);
        using var server = new LoadInstance(ServerSettings(options.Database, seed: false), options.Server);
        await server.ReadyAsync();
        var token = await SignInAsync(server.Address);
        using var graphKam = new HttpLoad(new Uri(server.Address, "/graphql"), options.Connections, token);
        using var peer = new HttpLoad(options.Peer, options.Connections, bearer: null);
        var peerUp = (await peer.VerifyAsync("""{"query":"{ __typename }"}"""u8.ToArray())).Problem == null;
        var reads = PeerRead.Load().Where(r => options.Only.Count == 0 || options.Only.Contains(r.Key[..1])).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average "
            + $"{LoadAverage()}; {options.Connections} connections, {options.Warmup} s warm-up + {options.Seconds} s "
            + $"per read, {options.Rounds} round(s); GraphKam {options.Server ?? "as built"}; peer at {options.Peer}: {(peerUp ? "answering" : "not running")}."));
        foreach (var read in reads)
        {
            var (bytes, problem) = await graphKam.VerifyAsync(read.GraphKam);
            Console.WriteLine($"  {read.Key}: {read.Description}; GraphKam reply {bytes:N0} bytes{Problem(problem)}"
                + (peerUp && read.Peer != null ? $", peer reply {(await peer.VerifyAsync(read.Peer)).Bytes:N0} bytes" : ""));
        }
        Console.WriteLine();
        Console.WriteLine($"{"round",-5} {"read",-20} {"server",-8} {"req/s",8} {"p50 ms",7} {"p99 ms",7} "
            + $"{"errors",6} {"CPU ms/req",10}");
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var read in reads)
            {
                await MeasureAsync(round, read.Key, "GraphKam", graphKam, read.GraphKam, options, server);
                if (peerUp && read.Peer != null) await MeasureAsync(round, read.Key, "peer", peer, read.Peer, options, null);
            }
        }
    }

    private static async Task MeasureAsync(int round, string key, string label, HttpLoad load, byte[] body,
        PeerOptions options, LoadInstance? server)
    {
        await load.RunAsync(body, options.Connections, TimeSpan.FromSeconds(options.Warmup));
        var cpuBefore = server?.ProcessorTime;
        var result = await load.RunAsync(body, options.Connections, TimeSpan.FromSeconds(options.Seconds));
        var cpu = server != null && result.Requests > 0
            ? ((server.ProcessorTime - cpuBefore!.Value).TotalMilliseconds / result.Requests).ToString("0.00",
                CultureInfo.InvariantCulture)
            : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{round,-5} {key,-20} {label,-8} {result.RequestsPerSecond,8:0} {result.P50,7:0.0} {result.P99,7:0.0} "
            + $"{result.Errors,6} {cpu,10}"));
    }

    /// <summary>A migrated database with the demo sign-ins, then the peer's rows in place of the demo accounts.</summary>
    internal static async Task BuildDatabaseAsync(string database)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        using (var seeding = new LoadInstance(ServerSettings(database, seed: true))) await seeding.ReadyAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        PeerLoader.Load(database);
    }

    internal static Dictionary<string, string> ServerSettings(string database, bool seed) => new()
    {
        ["ConnectionStrings:GraphKam"] = $"Data Source={database}",
        ["GraphKam:SeedDemoData"] = seed ? "true" : "false",
        ["GraphKam:Auth:SigningKey"] = "cGVlci1iZW5jaG1hcmstc2lnbmluZy1rZXktbm90LWEtc2VjcmV0LTAxMjM0NTY3ODk=",
        // One caller asking as fast as it can: the rate limits would measure themselves.
        ["GraphKam:GraphQL:RateLimit:OperationsPerLogin"] = "0",
        ["GraphKam:GraphQL:RateLimit:OperationsPerAddress"] = "0",
        ["GraphKam:GraphQL:RateLimit:CostPerLogin"] = "0",
        ["GraphKam:GraphQL:RateLimit:CostPerAddress"] = "0",
    };

    internal static async Task<string> SignInAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        var response = await http.PostAsJsonAsync("/auth/login",
            new { email = "director@demo.graphkam", password = "GraphKam-demo-2026" });
        var tokens = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return tokens.GetProperty("accessToken").GetString()!;
    }

    private static string Problem(string? problem) => problem == null ? "" : $" — NOT CLEAN: {problem}";

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
