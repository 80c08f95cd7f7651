using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace GraphKam.Bench;

/// <summary>
/// The same read mix (the dashboard's account list, funnel, deal list and org charts, as a director, on the demo
/// data) sent by a fixed number of concurrent clients for a fixed time to: one instance on SQLite, one instance on
/// PostgreSQL, and two instances on one PostgreSQL database (requests alternate between them, as a load balancer
/// would). Each instance is a server process of its own on a loopback port. Not a BenchmarkDotNet benchmark.
/// </summary>
public static class LoadBench
{
    private static readonly string[] Mix =
    [
        """
        {
          accounts(first: 20, where: { name: { contains: "集团" } }, order: [{ monthlyRevenue: DESC }]) {
            totalCount
            nodes { name region tier { code } owner { name } }
          }
        }
        """,
        """{ funnel { stage { key } count amount weightedAmount conversionToNext } }""",
        """
        {
          opportunities(first: 20, where: { status: { eq: OPEN } }, order: [{ weightedAmount: DESC }]) {
            nodes { name amount stage { key } account { name } }
          }
        }
        """,
        """
        {
          accounts(first: 5, order: [{ name: ASC }]) {
            nodes { name orgChart { depth contact { name buyingRole } } serviceStatus { overdueDays } }
          }
        }
        """,
    ];

    public static async Task RunAsync(string? postgres, TimeSpan duration, int clients)
    {
        Console.WriteLine($"{clients} clients, {duration.TotalSeconds:0} s per configuration, after a 5 s warm-up.");
        Console.WriteLine(
            $"{"Configuration",-32} {"requests/s",10} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7}");
        var sqlite = Path.Combine(Path.GetTempPath(), $"graphkam-load-{Guid.NewGuid():N}.db");
        try
        {
            await MeasureAsync("SQLite, 1 instance", 1, duration, clients,
                new() { ["ConnectionStrings:GraphKam"] = $"Data Source={sqlite}" });
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(sqlite + suffix);
        }
        if (postgres == null)
        {
            Console.WriteLine("(PostgreSQL skipped: pass --postgres \"Host=…;Username=…\" to measure it.)");
            return;
        }
        foreach (var instances in new[] { 1, 2 })
        {
            var name = $"graphkam_load_{Guid.NewGuid():N}";
            await AdminAsync(postgres, $"CREATE DATABASE \"{name}\"");
            try
            {
                var database = new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
                var label = $"PostgreSQL, {instances} instance{(instances > 1 ? "s" : "")}";
                await MeasureAsync(label, instances, duration, clients, new()
                {
                    ["GraphKam:Database:Provider"] = "PostgreSQL",
                    ["ConnectionStrings:GraphKam"] = database,
                });
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await AdminAsync(postgres, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
        }
    }

    private static async Task MeasureAsync(string label, int instances, TimeSpan duration, int clients,
        Dictionary<string, string> settings)
    {
        settings["GraphKam:Auth:SigningKey"] =
            Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        var servers = new List<LoadInstance>();
        try
        {
            // The first instance migrates and seeds the demo data; the others find it done.
            servers.Add(new LoadInstance(settings));
            await servers[0].ReadyAsync();
            for (var i = 1; i < instances; i++)
            {
                var others = new Dictionary<string, string>(settings) { ["GraphKam:SeedDemoData"] = "false" };
                servers.Add(new LoadInstance(others));
                await servers[i].ReadyAsync();
            }
            var token = await SignInAsync(servers[0].Address);
            var http = servers.Select(s => Client(s.Address, token)).ToArray();
            await RunClientsAsync(http, TimeSpan.FromSeconds(5), clients, null);
            var latencies = new List<double>();
            var errors = await RunClientsAsync(http, duration, clients, latencies);
            latencies.Sort();
            double At(double q) =>
                latencies.Count == 0 ? 0 : latencies[(int)Math.Min(latencies.Count - 1, q * latencies.Count)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-32} {latencies.Count / duration.TotalSeconds,10:0} {At(0.5),8:0.0} {At(0.95),8:0.0} "
                + $"{At(0.99),8:0.0} {errors,7}"));
        }
        finally
        {
            foreach (var server in servers) server.Dispose();
        }
    }

    /// <summary>Runs the clients for <paramref name="duration"/>; returns how many requests failed.</summary>
    private static async Task<int> RunClientsAsync(HttpClient[] instances, TimeSpan duration, int clients,
        List<double>? latencies)
    {
        var errors = 0;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            for (var i = client; Stopwatch.GetTimestamp() < until; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var instance = instances[i % instances.Length];
                var response = await instance.PostAsJsonAsync("/graphql", new { query = Mix[i % Mix.Length] });
                var body = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
                    Interlocked.Increment(ref errors);
                else if (latencies != null) lock (latencies) latencies.Add(elapsed);
            }
        }));
        return errors;
    }

    private static async Task<string> SignInAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        var response = await http.PostAsJsonAsync("/auth/login",
            new { email = "director@demo.graphkam", password = "GraphKam-demo-2026" });
        var tokens = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return tokens.GetProperty("accessToken").GetString()!;
    }

    private static HttpClient Client(Uri address, string token)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task AdminAsync(string connectionString, string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
