using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphKam.Bench;

/// <summary>
/// A soak: mixed reads, writes and subscriptions at 70 % of the measured maximum throughput for a long run (10 minutes
/// by default) on a loopback Kestrel server, counting every error and sampling the live managed heap (after a full
/// collection) to show memory stays flat after warm-up. Not a BenchmarkDotNet benchmark: one long run, end to end.
/// </summary>
public static class SoakBench
{
    private const int Subscribers = 20;
    private static readonly TimeSpan WarmUp = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(double minutes)
    {
        using var server = new BenchServer(kestrel: true, new Dictionary<string, string?>
        {
            ["GraphKam:Auth:AccessTokenLifetime"] = "02:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await server.AddAccountsAsync(2_000);
        await server.AddOpportunitiesAsync(5_000);
        var mix = await Mix.CreateAsync(server);

        var maximum = await MaximumThroughputAsync(mix, TimeSpan.FromSeconds(30));
        var rate = maximum * 0.7;
        Console.WriteLine($"Maximum throughput: {maximum:F0} operations/s (8 closed-loop workers, 30 s); soak at {rate:F0}/s for {minutes} min");

        var url = new Uri(server.Http.BaseAddress!, "graphql").ToString().Replace("http", "ws", StringComparison.Ordinal);
        var subscribers = new List<Subscriber>();
        for (var i = 0; i < Subscribers; i++) subscribers.Add(await Subscriber.ConnectAsync(url, server.AccessToken));

        var samples = new List<(TimeSpan At, long Heap, long WorkingSet)>();
        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromMinutes(minutes);
        var inFlight = new ConcurrentDictionary<Task, byte>();
        var nextSample = TimeSpan.Zero;
        long sent = 0;
        while (clock.Elapsed < duration)
        {
            var due = TimeSpan.FromSeconds(sent / rate);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var task = mix.RunOneAsync();
            inFlight[task] = 0;
            _ = task.ContinueWith(t => inFlight.TryRemove(t, out _), TaskScheduler.Default);
            sent++;
            if (clock.Elapsed >= nextSample)
            {
                samples.Add((clock.Elapsed, GC.GetTotalMemory(forceFullCollection: true), Process.GetCurrentProcess().WorkingSet64));
                nextSample += TimeSpan.FromSeconds(30);
            }
        }
        await Task.WhenAll(inFlight.Keys);
        samples.Add((clock.Elapsed, GC.GetTotalMemory(forceFullCollection: true), Process.GetCurrentProcess().WorkingSet64));
        foreach (var subscriber in subscribers) await subscriber.CloseAsync();

        var settled = samples.Where(s => s.At >= WarmUp).ToList();
        var (low, high) = (settled.Min(s => s.Heap), settled.Max(s => s.Heap));
        Console.WriteLine($"Operations: {sent} in {clock.Elapsed:mm\\:ss} ({sent / clock.Elapsed.TotalSeconds:F0}/s): "
            + string.Join(", ", mix.Counts.Select(c => $"{c.Key} {c.Value}")));
        Console.WriteLine($"Errors: {mix.Errors} ({string.Join("; ", mix.ErrorSamples.Take(3))})");
        Console.WriteLine($"Subscription events received: {subscribers.Sum(s => s.Events)} by {Subscribers} subscribers, errors {subscribers.Sum(s => s.Errors)}");
        Console.WriteLine($"Latency: p50 {mix.Percentile(0.5):F1} ms, p99 {mix.Percentile(0.99):F1} ms");
        Console.WriteLine($"Live heap after warm-up: {low / 1048576.0:F1}–{high / 1048576.0:F1} MiB (spread {(high - low) * 100.0 / low:F1} %); "
            + $"working set {settled.Min(s => s.WorkingSet) / 1048576.0:F0}–{settled.Max(s => s.WorkingSet) / 1048576.0:F0} MiB");
        foreach (var (at, heap, set) in samples) Console.WriteLine($"  {at:mm\\:ss} heap {heap / 1048576.0,7:F1} MiB  working set {set / 1048576.0,6:F0} MiB");
    }

    private static async Task<double> MaximumThroughputAsync(Mix mix, TimeSpan length)
    {
        var clock = Stopwatch.StartNew();
        long done = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (clock.Elapsed < length)
            {
                await mix.RunOneAsync();
                Interlocked.Increment(ref done);
            }
        }));
        mix.Reset();
        return done / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The operations of the soak: 70 % reads, 20 % writes, 10 % analytics; every answer checked.</summary>
    private sealed class Mix(BenchServer server, string[] accounts)
    {
        private readonly ConcurrentBag<double> _latencies = [];
        private readonly ConcurrentQueue<string> _errors = new();
        private int _next;

        public ConcurrentDictionary<string, int> Counts { get; } = new();
        public int Errors => _errors.Count;
        public IEnumerable<string> ErrorSamples => _errors;

        public static async Task<Mix> CreateAsync(BenchServer server)
        {
            var page = JsonDocument.Parse(await server.PostAsync("{ accounts(first: 50) { nodes { id } } }")).RootElement;
            return new Mix(server, page.GetProperty("data").GetProperty("accounts").GetProperty("nodes").EnumerateArray()
                .Select(n => n.GetProperty("id").GetString()!).ToArray());
        }

        public void Reset()
        {
            _latencies.Clear();
            _errors.Clear();
            Counts.Clear();
        }

        public double Percentile(double p)
        {
            var sorted = _latencies.Order().ToArray();
            return sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
        }

        public async Task RunOneAsync()
        {
            var n = Interlocked.Increment(ref _next);
            var account = accounts[n % accounts.Length];
            var (kind, query, variables) = (n % 10) switch
            {
                < 4 => ("page", "query($after: String) { accounts(first: 20, after: $after, order: [{ name: ASC }]) { nodes { id name tier { code } owner { name } } pageInfo { endCursor } } }", (object)new { after = (string?)null }),
                < 6 => ("account", "query($id: ID!) { node(id: $id) { ... on Account { name monthlyRevenue opportunities(first: 5) { nodes { name amount stage { key } } } } } }", new { id = account }),
                < 7 => ("opportunities", "{ opportunities(first: 20, where: { amount: { gte: 1000000 } }, order: [{ weightedAmount: DESC }]) { totalCount nodes { name } } }", new { }),
                < 8 => ("analytics", "{ pipeline(groupBy: REGION) { key open weighted } tierDistribution { accountCount } }", new { }),
                < 9 => ("createOpportunity", "mutation($a: ID!, $n: String!) { createOpportunity(input: { accountId: $a, name: $n, amount: 25000 }) { opportunity { id } errors { __typename ... on Error { code } } } }", new { a = account, n = $"Soak {n}" }),
                _ => ("logActivity", "mutation($a: ID!) { logActivity(input: { accountId: $a, type: CALL, occurredAt: \"2025-06-01T00:00:00Z\", summary: \"Soak call\" }) { activity { id } errors { __typename ... on Error { code } } } }", new { a = account }),
            };
            var started = Stopwatch.GetTimestamp();
            try
            {
                var response = await server.Http.PostAsJsonAsync("/graphql", new { query, variables });
                var body = await response.Content.ReadAsStringAsync();
                // A write's domain errors come only in its payload, so both places count.
                if (!response.IsSuccessStatusCode || GraphQLAnswer.HasErrors(body))
                    _errors.Enqueue($"{kind}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or JsonException)
            {
                _errors.Enqueue($"{kind}: {error.Message}");
            }
            _latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Counts.AddOrUpdate(kind, 1, (_, count) => count + 1);
        }
    }

    /// <summary>A graphql-transport-ws client subscribed to every opportunity change for the whole run.</summary>
    private sealed class Subscriber
    {
        private readonly ClientWebSocket _socket = new();
        private Task _reading = Task.CompletedTask;
        public int Events;
        public int Errors;

        public static async Task<Subscriber> ConnectAsync(string url, string token)
        {
            var subscriber = new Subscriber();
            subscriber._socket.Options.AddSubProtocol("graphql-transport-ws");
            await subscriber._socket.ConnectAsync(new Uri(url), CancellationToken.None);
            await subscriber.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
            await subscriber.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { opportunityChanged { kind opportunity { name } } }" } });
            subscriber._reading = subscriber.ReadAsync();
            return subscriber;
        }

        private Task SendAsync(object message) =>
            _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

        private async Task ReadAsync()
        {
            var buffer = new byte[64 * 1024];
            var message = new MemoryStream();
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                var type = JsonDocument.Parse(message.ToArray()).RootElement.GetProperty("type").GetString();
                message.SetLength(0);
                if (type == "next") Interlocked.Increment(ref Events);
                else if (type is "error") Interlocked.Increment(ref Errors);
                else if (type == "ping") await SendAsync(new { type = "pong" });
            }
        }

        public async Task CloseAsync()
        {
            try { await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None); }
            catch (WebSocketException) { }
            await Task.WhenAny(_reading, Task.Delay(5000));
        }
    }
}
