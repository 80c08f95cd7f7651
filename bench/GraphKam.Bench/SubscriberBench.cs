using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Funnel;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Bench;

/// <summary>
/// 1,000 WebSocket subscribers (graphql-transport-ws) on a loopback port receive a stream of stage changes made
/// through the mutation. Latency runs from the moment the event is published (after the commit) to its arrival at
/// each client; memory is the managed heap and working set the connections add (clients and server share the process).
/// Not a BenchmarkDotNet benchmark: a fan-out is measured once, end to end.
/// </summary>
public static class SubscriberBench
{
    public static async Task RunAsync(int subscribers = 1000, int changes = 100, int spacingMs = 50)
    {
        using var server = new BenchServer(kestrel: true);
        await server.AddAccountsAsync(10);
        var account = JsonDocument.Parse(await server.PostAsync("{ accounts(first: 1) { nodes { id } } }")).RootElement
            .GetProperty("data").GetProperty("accounts").GetProperty("nodes")[0].GetProperty("id").GetString();
        var created = JsonDocument.Parse(await server.PostAsync("mutation($a: ID!) { createOpportunity(input: { accountId: $a, name: \"bench\", amount: 1000 }) { opportunity { id } errors { __typename ... on Error { code message } } } }",
            new { a = account })).RootElement;
        var opportunity = created.GetProperty("data").GetProperty("createOpportunity").GetProperty("opportunity").GetProperty("id").GetString();

        var bus = (InMemoryTopicBus)server.Services.GetRequiredService<ITopicBus>();
        var published = new List<long>();
        using var publishTimes = bus.Subscribe<OpportunityChanged>(OpportunityChanged.Topic).Subscribe(new Recorder(published));

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var setBefore = Process.GetCurrentProcess().WorkingSet64;
        var url = new Uri(server.Http.BaseAddress!, "graphql").ToString().Replace("http", "ws");
        var clients = new List<Client>();
        for (var i = 0; i < subscribers; i++) clients.Add(await Client.ConnectAsync(url, changes, server.AccessToken));
        while (bus.SubscriberCount(OpportunityChanged.Topic) < subscribers + 1) await Task.Delay(10);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var setAfter = Process.GetCurrentProcess().WorkingSet64;

        string[] stages = ["MAP_ORGANISATION", "IDENTIFY"];
        for (var version = 1; version <= changes; version++)
        {
            await server.PostAsync("mutation($id: ID!, $v: Int!, $s: String!) { moveOpportunityStage(input: { id: $id, version: $v, stageKey: $s }) { opportunity { version } errors { __typename ... on Error { code message } } } }",
                new { id = opportunity, v = version, s = stages[(version + 1) % 2] });
            await Task.Delay(spacingMs);
        }
        await Task.WhenAll(clients.Select(c => c.Done.WaitAsync(TimeSpan.FromSeconds(60))));

        var latencies = clients.SelectMany(c => c.Arrivals.Select((arrival, k) => Stopwatch.GetElapsedTime(published[k], arrival).TotalMilliseconds)).Order().ToArray();
        double Percentile(double p) => latencies[(int)Math.Min(latencies.Length - 1, Math.Ceiling(p * latencies.Length) - 1)];
        Console.WriteLine($"Subscribers: {subscribers}, stage changes: {changes} ({spacingMs} ms apart), deliveries: {latencies.Length}");
        Console.WriteLine($"Delivery latency: p50 {Percentile(0.50):F2} ms, p99 {Percentile(0.99):F2} ms, max {latencies[^1]:F2} ms");
        Console.WriteLine($"Memory per connection (client and server): managed heap {(heapAfter - heapBefore) / subscribers / 1024.0:F1} KiB, working set {(setAfter - setBefore) / subscribers / 1024.0:F1} KiB");
        foreach (var client in clients) await client.CloseAsync();
    }

    private sealed class Recorder(List<long> published) : IObserver<OpportunityChanged>
    {
        public void OnNext(OpportunityChanged value) { lock (published) published.Add(Stopwatch.GetTimestamp()); }
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }

    /// <summary>One subscriber: connects, subscribes, and timestamps each event as it arrives.</summary>
    private sealed class Client(ClientWebSocket socket, int expected)
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public List<long> Arrivals { get; } = new(expected);
        public Task Done => _done.Task;

        public static async Task<Client> ConnectAsync(string url, int expected, string token)
        {
            var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol("graphql-transport-ws");
            await socket.ConnectAsync(new Uri(url), CancellationToken.None);
            var client = new Client(socket, expected);
            await client.SendAsync(JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } }));
            _ = client.ReadAsync();
            await client.SendAsync("""{"type":"subscribe","id":"1","payload":{"query":"subscription { opportunityChanged { kind opportunity { id stage { key } } } }"}}""");
            return client;
        }

        private Task SendAsync(string text) => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

        private async Task ReadAsync()
        {
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    if (!result.EndOfMessage) continue;
                    if (Encoding.UTF8.GetString(buffer, 0, result.Count).Contains("\"next\""))
                    {
                        Arrivals.Add(Stopwatch.GetTimestamp());
                        if (Arrivals.Count == expected) _done.TrySetResult();
                    }
                }
            }
            catch (WebSocketException) { }
        }

        public async Task CloseAsync()
        {
            try { await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None); } catch (WebSocketException) { }
            socket.Dispose();
        }
    }
}
