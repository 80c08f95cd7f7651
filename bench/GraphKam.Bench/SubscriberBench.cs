using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Funnel;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Bench;

/// <summary>
/// Signed-in WebSocket subscribers (graphql-transport-ws) to <c>opportunityChanged</c> receive a stream of stage
/// changes made through the mutation. The server runs in this process on a loopback Kestrel port; the clients run in a
/// child process (<see cref="SubscriberClients"/>), so this process's memory is the server's alone. Latency runs from
/// the moment the event is published (after the commit, stamped here) to its arrival at each client (stamped there):
/// both read the machine's monotonic clock, so the stamps compare across the two processes.
/// Memory per connection is what N open subscriptions add to the live managed heap (after a full collection) and to
/// the working set (VmRSS), over the same with none, divided by N.
/// Not a BenchmarkDotNet benchmark: a fan-out is measured once, end to end.
/// </summary>
public static class SubscriberBench
{
    /// <summary>Subscriptions per login: half the default per-login limit, so the product's limits stay as shipped.</summary>
    public const int PerLogin = 100;

    private const int WarmEvents = 10;
    private const int WarmMoves = 150;
    private const int IdleMs = 15_000;
    private const int WarmSpacingMs = 1000;

    private const string Move = """
        mutation($id: ID!, $v: Int!, $s: String!) {
          moveOpportunityStage(input: { id: $id, version: $v, stageKey: $s }) {
            opportunity { version }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    public static async Task RunAsync(int subscribers, int changes, int spacingMs)
    {
        FileDescriptors.Raise(subscribers + 1024);
        using var server = new BenchServer(kestrel: true, new Dictionary<string, string?>
        {
            ["GraphKam:Auth:AccessTokenLifetime"] = "01:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
            // The minute's sweeps first run a minute after the start, in the timed events, and compile their queries
            // then (a second of a core): they are not what is measured, so they wait a day here.
            ["GraphKam:Tiers:ExpirySweepInterval"] = "1.00:00:00",
            ["GraphKam:Service:EscalationSweepInterval"] = "1.00:00:00",
            ["GraphKam:Health:SweepInterval"] = "1.00:00:00",
        });
        await server.AddAccountsAsync(10);
        var account = JsonDocument.Parse(await server.PostAsync("{ accounts(first: 1) { nodes { id } } }")).RootElement
            .GetProperty("data").GetProperty("accounts").GetProperty("nodes")[0].GetProperty("id").GetString();
        var created = JsonDocument.Parse(await server.PostAsync("""
            mutation($a: ID!) {
              createOpportunity(input: { accountId: $a, name: "bench", amount: 1000 }) {
                opportunity { id }
                errors { __typename ... on Error { code message } }
              }
            }
            """, new { a = account })).RootElement;
        var opportunity = created.GetProperty("data").GetProperty("createOpportunity").GetProperty("opportunity").GetProperty("id").GetString();
        var tokens = new List<string>();
        for (var i = 0; i < (subscribers + PerLogin - 1) / PerLogin; i++) tokens.Add(await server.SignInDirectorAsync($"subscriber{i}@bench.graphkam"));

        var bus = (InMemoryTopicBus)server.Services.GetRequiredService<ITopicBus>();
        var published = new List<long>();
        using var publishTimes = bus.Subscribe<OpportunityChanged>(OpportunityChanged.Topic).Subscribe(new Recorder(published));
        var version = 0;
        string[] stages = ["MAP_ORGANISATION", "IDENTIFY"];
        async Task MoveAsync()
        {
            version++;
            await server.PostAsync(Move, new { id = opportunity, v = version, s = stages[(version + 1) % 2] });
        }
        async Task ListenersAsync(int count)
        {
            for (var waited = 0; bus.SubscriberCount(OpportunityChanged.Topic) != count + 1; waited += 10)
            {
                if (waited > 180_000) throw new TimeoutException($"{bus.SubscriberCount(OpportunityChanged.Topic) - 1} of {count} subscriptions after 3 minutes.");
                await Task.Delay(10);
            }
        }

        var url = new Uri(server.Http.BaseAddress!, "graphql").ToString().Replace("http", "ws", StringComparison.Ordinal);
        using var clients = SubscriberClients.Start(url, tokens);
        // Warm-up: a few subscribers get a stream of events and leave, so that the code on the way is compiled (and
        // recompiled optimised) before the baseline is taken and the events are timed.
        await clients.AskAsync("open 50");
        await ListenersAsync(50);
        for (var i = 1; i <= WarmMoves; i++)
        {
            await MoveAsync();
            await clients.AskAsync($"wait {i}");
        }
        // The runtime compiles a method's optimised code on a background thread after it has been called often
        // enough (twice over with profile-guided optimisation): the mutation runs once per event, so without these
        // moves its recompilation fell into the timed events and took up to a core for a second at a time.
        await Task.Delay(3000);
        await clients.AskAsync("close");
        await ListenersAsync(0);
        var (heapBefore, setBefore) = ServerMemory();

        var opening = Stopwatch.StartNew();
        await clients.AskAsync($"open {subscribers}");
        await ListenersAsync(subscribers);
        opening.Stop();
        var (heapAfter, setAfter) = ServerMemory();
        // What the open subscriptions cost with nothing happening (keep-alive pings, credential checks, timers).
        await Task.Delay(2000);
        var idleStart = (Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime);
        await Task.Delay(IdleMs);
        var idleCores = (Process.GetCurrentProcess().TotalProcessorTime - idleStart.Item2).TotalMilliseconds
            / Stopwatch.GetElapsedTime(idleStart.Item1).TotalMilliseconds;

        // The first events after 10,000 subscriptions opened run while the JIT recompiles the code they take (tiered
        // compilation, seconds of CPU on two cores): they are sent and left out, and the timed ones measure a server
        // that has been running. What the first event after a start costs is printed apart.
        var first = published.Count;
        var collections = new int[3];
        var paused = TimeSpan.Zero;
        var allocated = 0L;
        for (var i = 0; i < WarmEvents + changes; i++)
        {
            if (i == WarmEvents) (collections, paused, allocated) = (Collections(), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            await MoveAsync();
            await Task.Delay(i < WarmEvents ? WarmSpacingMs : spacingMs);
        }
        var collected = Collections().Zip(collections, (after, before) => after - before).ToArray();
        paused = GC.GetTotalPauseDuration() - paused;
        allocated = GC.GetTotalAllocatedBytes() - allocated;
        var arrivals = SubscriberClients.ReadArrivals(await clients.AskAsync($"wait {WarmEvents + changes}"));
        await clients.AskAsync("close");

        var firstEvent = arrivals.Select(client => Stopwatch.GetElapsedTime(published[first], client[0]).TotalMilliseconds).Order().ToArray();
        var latencies = arrivals.SelectMany(client => client.Skip(WarmEvents)
                .Select((arrival, k) => Stopwatch.GetElapsedTime(published[first + WarmEvents + k], arrival).TotalMilliseconds))
            .Order().ToArray();
        double Percentile(double p) => latencies[(int)Math.Min(latencies.Length - 1, Math.Ceiling(p * latencies.Length) - 1)];
        Console.WriteLine($"Subscribers: {subscribers} on {tokens.Count} logins, opened in {opening.Elapsed.TotalSeconds:F0} s; stage changes: {changes} ({spacingMs} ms apart), deliveries: {latencies.Length}");
        Console.WriteLine($"First event after the subscriptions opened (not counted): p50 {firstEvent[firstEvent.Length / 2]:F1} ms, max {firstEvent[^1]:F1} ms; {WarmEvents} sent before timing");
        Console.WriteLine($"Delivery latency: p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {latencies[^1]:F1} ms");
        Console.WriteLine($"Server CPU with the subscriptions open and no events: {idleCores * 100:F0} % of a core (over {IdleMs / 1000} s)");
        Console.WriteLine($"Server garbage collections during the timed events: {collected[0]} / {collected[1]} / {collected[2]} (gen 0 / 1 / 2), paused {paused.TotalMilliseconds:F0} ms in all; "
            + $"{allocated / 1024.0 / latencies.Length:F1} KiB allocated per delivery (the bench's own mutations included)");
        Console.WriteLine($"Server memory per connection: managed heap {(heapAfter - heapBefore) / subscribers / 1024.0:F1} KiB, working set {(setAfter - setBefore) / subscribers / 1024.0:F1} KiB "
            + $"(heap {heapBefore / 1048576.0:F0} → {heapAfter / 1048576.0:F0} MiB, working set {setBefore / 1048576.0:F0} → {setAfter / 1048576.0:F0} MiB)");
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>This (the server's) process: the live managed heap after a full, compacting collection, and VmRSS.</summary>
    private static (long Heap, long WorkingSet) ServerMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var status = File.ReadLines("/proc/self/status").FirstOrDefault(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
        var workingSet = status == null ? Environment.WorkingSet
            : long.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        return (heap, workingSet);
    }

    private sealed class Recorder(List<long> published) : IObserver<OpportunityChanged>
    {
        public void OnNext(OpportunityChanged value) { lock (published) published.Add(Stopwatch.GetTimestamp()); }
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}
