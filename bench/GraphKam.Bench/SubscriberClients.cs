using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphKam.Bench;

/// <summary>
/// The subscribers of <see cref="SubscriberBench"/>, in a process of their own: the bench starts this program again
/// with <c>subscriber-clients URL TOKENS-FILE</c> and drives it line by line on its standard input (<c>open N</c>,
/// <c>wait EVENTS</c>, <c>close</c>); each command is answered by a line starting with <c>ok</c>.
/// </summary>
public sealed class SubscriberClients : IDisposable
{
    private readonly Process _process;
    private readonly string _tokens;

    private SubscriberClients(Process process, string tokens) => (_process, _tokens) = (process, tokens);

    public static SubscriberClients Start(string url, IReadOnlyList<string> tokens)
    {
        var file = Path.Combine(Path.GetTempPath(), $"graphkam-bench-tokens-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(file, tokens);
        var start = new ProcessStartInfo("dotnet", [typeof(SubscriberClients).Assembly.Location, "subscriber-clients", url, file])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        return new SubscriberClients(Process.Start(start)!, file);
    }

    /// <summary>Sends a command and returns what follows the <c>ok</c> of its answer.</summary>
    public async Task<string> AskAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        var answer = await _process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException($"The subscriber process ended during '{command}'.");
        return answer.StartsWith("ok", StringComparison.Ordinal) ? answer[2..].Trim()
            : throw new InvalidOperationException($"'{command}': {answer}");
    }

    /// <summary>The arrival stamps written by <c>wait</c>: one array per subscriber, one stamp per event.</summary>
    public static long[][] ReadArrivals(string file)
    {
        using (var reader = new BinaryReader(File.OpenRead(file)))
        {
            var arrivals = new long[reader.ReadInt32()][];
            for (var i = 0; i < arrivals.Length; i++)
            {
                arrivals[i] = new long[reader.ReadInt32()];
                for (var k = 0; k < arrivals[i].Length; k++) arrivals[i][k] = reader.ReadInt64();
            }
            File.Delete(file);
            return arrivals;
        }
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(60_000)) _process.Kill();
        _process.Dispose();
        File.Delete(_tokens);
    }

    /// <summary>The child process: runs the commands its standard input gives until it ends.</summary>
    public static async Task RunAsync(string url, string tokenFile)
    {
        var tokens = await File.ReadAllLinesAsync(tokenFile);
        var clients = new List<Client>();
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var (command, argument) = line.Split(' ') is [var c, var a] ? (c, int.Parse(a, CultureInfo.InvariantCulture)) : (line, 0);
            switch (command)
            {
                case "open":
                    var opened = new Client[argument];
                    await Parallel.ForAsync(0, argument, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
                        opened[i] = await Client.ConnectAsync(url, tokens[i / SubscriberBench.PerLogin]));
                    clients.AddRange(opened);
                    Console.WriteLine("ok");
                    break;
                case "wait":
                    var all = Task.WhenAll(clients.Select(c => c.EventsAsync(argument)));
                    if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromMinutes(2))) != all)
                    {
                        Console.WriteLine($"timeout: {clients.Count(c => c.Arrivals.Count < argument)} of {clients.Count} subscribers are missing events");
                        break;
                    }
                    Console.WriteLine($"ok {WriteArrivals(clients)}");
                    break;
                case "close":
                    await Parallel.ForEachAsync(clients, new ParallelOptions { MaxDegreeOfParallelism = 32 }, (c, _) => new ValueTask(c.CloseAsync()));
                    clients.Clear();
                    Console.WriteLine("ok");
                    break;
                default:
                    Console.WriteLine($"unknown command '{line}'");
                    break;
            }
        }
    }

    private static string WriteArrivals(List<Client> clients)
    {
        var file = Path.Combine(Path.GetTempPath(), $"graphkam-bench-arrivals-{Guid.NewGuid():N}.bin");
        using var writer = new BinaryWriter(File.Create(file));
        writer.Write(clients.Count);
        foreach (var client in clients)
        {
            writer.Write(client.Arrivals.Count);
            foreach (var arrival in client.Arrivals) writer.Write(arrival);
        }
        return file;
    }

    /// <summary>One subscriber: connects, signs in, subscribes, and stamps each event as it arrives.</summary>
    private sealed class Client(ClientWebSocket socket)
    {
        private readonly Lock _lock = new();
        private (int Count, TaskCompletionSource Done)? _waiting;
        private Task _reading = Task.CompletedTask;

        public List<long> Arrivals { get; } = [];

        public static async Task<Client> ConnectAsync(string url, string token)
        {
            var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol("graphql-transport-ws");
            await socket.ConnectAsync(new Uri(url), CancellationToken.None);
            var client = new Client(socket);
            await client.SendAsync(JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } }));
            client._reading = client.ReadAsync();
            await client.SendAsync("""{"type":"subscribe","id":"1","payload":{"query":"subscription { opportunityChanged { kind opportunity { id stage { key } } } }"}}""");
            return client;
        }

        /// <summary>Completes once <paramref name="count"/> events have arrived.</summary>
        public Task EventsAsync(int count)
        {
            lock (_lock)
            {
                if (Arrivals.Count >= count) return Task.CompletedTask;
                _waiting = (count, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                return _waiting.Value.Done.Task;
            }
        }

        private Task SendAsync(string text) => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

        private async Task ReadAsync()
        {
            var buffer = new byte[4096];
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    var stamp = Stopwatch.GetTimestamp();
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    if (!result.EndOfMessage) continue; // every message of this stream fits the buffer
                    var text = Encoding.UTF8.GetString(buffer, 0, result.Count);
                    if (text.Contains("\"next\"", StringComparison.Ordinal)) Arrived(stamp);
                    else if (text.Contains("\"error\"", StringComparison.Ordinal)) await Console.Error.WriteLineAsync(text);
                }
            }
            catch (WebSocketException) { }
        }

        private void Arrived(long stamp)
        {
            lock (_lock)
            {
                Arrivals.Add(stamp);
                if (_waiting is { } waiting && Arrivals.Count >= waiting.Count) waiting.Done.TrySetResult();
            }
        }

        public async Task CloseAsync()
        {
            try { await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None); } catch (WebSocketException) { }
            await _reading;
            socket.Dispose();
        }
    }
}
