using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// One accepted WebSocket: a receive loop handing whole text messages to a protocol, and one bounded send queue
/// drained by a single writer. A client that reads too slowly fills its queue and is closed (1008, with the reason);
/// nobody else ever waits for it.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification =
    "The token sources live as long as the socket and are cancelled, not disposed, because Close may come late from "
    + "another thread (a revoked session); they hold no timer once cancelled.")]
public sealed class WebSocketConnection(WebSocket socket, int sendQueueCapacity, int maxMessageBytes)
{
    /// <summary>How long a closing handshake may take before the socket is aborted.</summary>
    public static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly Channel<string> _outbox = Channel.CreateBounded<string>(sendQueueCapacity);
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _lock = new();
    private (WebSocketCloseStatus Status, string Reason)? _close;

    /// <summary>Cancelled once the socket starts closing, by either side: operations should stop.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>Queues a message; a full queue means the client is too slow, and it is closed.</summary>
    public void Send(string message)
    {
        if (!_outbox.Writer.TryWrite(message))
            Close(WebSocketCloseStatus.PolicyViolation, "Too slow: the client did not read its messages fast enough.", drain: false);
    }

    /// <summary>Closes with a code and reason: after the queued messages, or (<paramref name="drain"/> false) dropping them.</summary>
    public void Close(WebSocketCloseStatus status, string reason, bool drain = true)
    {
        lock (_lock)
        {
            if (_close != null) return;
            _close = (status, Encoding.UTF8.GetByteCount(reason) > 120 ? reason[..40] : reason); // a close reason must fit in 123 bytes
        }
        if (!drain) while (_outbox.Reader.TryRead(out _)) { }
        _outbox.Writer.TryComplete();
        _closing.Cancel();
        _abort.CancelAfter(CloseGrace);
    }

    public void Close(int code, string reason) => Close((WebSocketCloseStatus)code, reason);

    /// <summary>Runs until the socket has closed; <paramref name="onMessage"/> gets each text message, in order.</summary>
    public async Task RunAsync(Func<string, Task> onMessage, Func<Task> onBinary, CancellationToken aborted)
    {
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(aborted, _abort.Token);
        var writer = WriteAsync();
        Telemetry.GraphQLMetrics.WebSocketOpened();
        try
        {
            await ReceiveAsync(onMessage, onBinary, receiving.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException) { }
        finally
        {
            Telemetry.GraphQLMetrics.WebSocketClosed();
        }
        // The client closed (echo its code, as RFC 6455 asks) or the connection broke.
        Close(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, socket.CloseStatusDescription ?? "");
        await writer;
        _abort.Cancel();
    }

    private async Task ReceiveAsync(Func<string, Task> onMessage, Func<Task> onBinary, CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        byte[]? buffer = null;
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                // Between messages the socket waits for the next frame with no buffer (a zero-byte read returns at its
                // header): an idle subscriber holds none, where a rented 16 KiB each was a third of a connection's memory.
                var received = buffer == null
                    ? await socket.ReceiveAsync(Memory<byte>.Empty, cancellationToken)
                    : await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close) return;
                if (buffer == null && !received.EndOfMessage)
                {
                    buffer = ArrayPool<byte>.Shared.Rent(16 * 1024); // the message's payload is read next
                    continue;
                }
                if (_closing.IsCancellationRequested) continue; // closing: wait for the client's close frame, ignore the rest
                if (buffer != null) message.Write(buffer, 0, received.Count);
                if (message.Length > maxMessageBytes)
                {
                    Close(WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {maxMessageBytes} bytes.", drain: false);
                    continue;
                }
                if (!received.EndOfMessage) continue;
                if (buffer != null) ArrayPool<byte>.Shared.Return(buffer);
                buffer = null;
                if (received.MessageType == WebSocketMessageType.Binary) await onBinary();
                else await onMessage(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                message.SetLength(0);
            }
        }
        finally
        {
            if (buffer != null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync(_abort.Token))
                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, _abort.Token);
            if (_close is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(close.Status, close.Reason, _abort.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException) { }
    }
}
