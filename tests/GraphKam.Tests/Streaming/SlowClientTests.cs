using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using GraphKam.GraphQL.Streaming;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// The send queue over real loopback TCP sockets: a client that stops reading fills its queue and is closed, while
/// sending to it never blocks and a reading client next to it gets everything.
/// </summary>
public sealed class SlowClientTests
{
    private static async Task<(WebSocket Server, WebSocket Client, IDisposable Sockets)> PairAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        await client.ConnectAsync((IPEndPoint)listener.LocalEndpoint);
        var server = await listener.AcceptTcpClientAsync();
        var serverSocket = WebSocket.CreateFromStream(server.GetStream(), new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
        var clientSocket = WebSocket.CreateFromStream(client.GetStream(), new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
        return (serverSocket, clientSocket, new Both(server, client));
    }

    private sealed class Both(IDisposable a, IDisposable b) : IDisposable
    {
        public void Dispose() { a.Dispose(); b.Dispose(); }
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_closed_without_holding_up_anyone()
    {
        const int Messages = 5000;
        var (slowServer, _, slowSockets) = await PairAsync();
        var (fastServer, fastClient, fastSockets) = await PairAsync();
        using var _1 = slowSockets;
        using var _2 = fastSockets;
        var slow = new WebSocketConnection(slowServer, sendQueueCapacity: 200, maxMessageBytes: 1 << 20);
        // The reading client's queue could hold everything: on a busy machine its reader may lag for a moment, and
        // the test is about the slow client not holding it up, not about how fast a test reader is.
        var fast = new WebSocketConnection(fastServer, sendQueueCapacity: Messages, maxMessageBytes: 1 << 20);
        var slowRun = slow.RunAsync(_ => Task.CompletedTask, () => Task.CompletedTask, CancellationToken.None);
        var fastRun = fast.RunAsync(_ => Task.CompletedTask, () => Task.CompletedTask, CancellationToken.None);
        var received = ReadAllAsync(fastClient, Messages);

        var message = new string('x', 4096);
        var longestSend = TimeSpan.Zero;
        for (var i = 0; i < Messages; i++)
        {
            // What a send costs its caller, less the garbage collector's pauses during it: the test process runs
            // other tests' servers beside this one, and a collection of their heaps is not this send waiting.
            var paused = GC.GetTotalPauseDuration();
            var started = Stopwatch.GetTimestamp();
            slow.Send(message); // the slow client's TCP buffers fill after a few megabytes; then its queue
            fast.Send(message);
            var took = Stopwatch.GetElapsedTime(started) - (GC.GetTotalPauseDuration() - paused);
            if (took > longestSend) longestSend = took;
            if (i % 100 == 99) await Task.Delay(2);
        }

        Assert.True(slow.Closing.IsCancellationRequested, "The client that never read should have been closed.");
        Assert.False(fast.Closing.IsCancellationRequested);
        Assert.True(longestSend < TimeSpan.FromMilliseconds(100), $"A send waited {longestSend.TotalMilliseconds} ms.");
        Assert.Equal(Messages, await received.WaitAsync(TimeSpan.FromSeconds(30)));
        fast.Close(WebSocketCloseStatus.NormalClosure, "done");
        await slowRun.WaitAsync(TimeSpan.FromSeconds(30)); // aborted after the closing grace, since it never answers
    }

    [Fact]
    public async Task A_client_that_stops_reading_large_messages_is_closed_by_what_its_queue_holds_not_by_their_number()
    {
        var (slowServer, _, slowSockets) = await PairAsync();
        using var _1 = slowSockets;
        // 1,000 messages may wait, but no more than 1 MiB: 64 Ki characters each (128 KiB queued), eight of them.
        var slow = new WebSocketConnection(slowServer, sendQueueCapacity: 1000, maxMessageBytes: 1 << 20, sendQueueBytes: 1 << 20);
        var slowRun = slow.RunAsync(_ => Task.CompletedTask, () => Task.CompletedTask, CancellationToken.None);

        var message = new string('x', 64 * 1024);
        var sent = 0;
        // Loopback TCP buffers take a few megabytes before anything stays in the queue; 400 messages are 25 MiB.
        while (!slow.Closing.IsCancellationRequested && sent < 400)
        {
            slow.Send(message);
            if (++sent % 20 == 0) await Task.Delay(10);
        }

        Assert.True(slow.Closing.IsCancellationRequested, $"Still open after {sent} messages of 64 Ki characters.");
        await slowRun.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_message_larger_than_the_memory_bound_still_reaches_a_client_with_nothing_waiting()
    {
        var (server, client, sockets) = await PairAsync();
        using var _ = sockets;
        var connection = new WebSocketConnection(server, sendQueueCapacity: 10, maxMessageBytes: 1 << 20, sendQueueBytes: 1024);
        var run = connection.RunAsync(_ => Task.CompletedTask, () => Task.CompletedTask, CancellationToken.None);

        // Each is read before the next is sent: every time, nothing else is waiting.
        for (var i = 0; i < 3; i++)
        {
            connection.Send(new string('y', 200_000));
            Assert.Equal(1, await ReadAllAsync(client, 1).WaitAsync(TimeSpan.FromSeconds(30)));
        }

        Assert.False(connection.Closing.IsCancellationRequested);
        connection.Close(WebSocketCloseStatus.NormalClosure, "done");
        await run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task<int> ReadAllAsync(WebSocket socket, int expected)
    {
        var buffer = new byte[64 * 1024];
        var count = 0;
        while (count < expected)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close) break;
            if (result.EndOfMessage) count++;
        }
        return count;
    }
}
