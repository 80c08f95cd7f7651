using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Text;

namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// One accepted WebSocket: a receive loop handing whole text messages to a protocol, and a bounded send queue with
/// one writer at a time. A message sent while the socket is idle is written at once by the caller's thread (into
/// Kestrel's buffer; the kernel send happens on Kestrel's I/O thread): an event fanned out to ten thousand sockets
/// then costs no hand-over per socket. A send that has to wait (the client reads slowly) leaves the rest of the
/// queue to its continuation. A client that reads too slowly fills its queue (in messages or in memory) and is
/// closed (1008, with the reason); nobody else ever waits for it.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification =
    "The token sources live as long as the socket and are cancelled, not disposed, because Close may come late from "
    + "another thread (a revoked session); they hold no timer once cancelled.")]
public sealed class WebSocketConnection(WebSocket socket, int sendQueueCapacity, int maxMessageBytes,
    long sendQueueBytes = long.MaxValue)
{
    /// <summary>How long a closing handshake may take before the socket is aborted.</summary>
    public static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly Queue<Outgoing> _outbox = new();
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _lock = new();
    private (WebSocketCloseStatus Status, string Reason)? _close;
    private bool _writing; // someone is writing: the caller that found the socket idle, or a waiting send's continuation
    private bool _ended;   // the close frame went out, or the socket failed: nothing more is sent
    private readonly QueuedMemory _queuedMemory = new(sendQueueBytes);

    /// <summary>Cancelled once the socket starts closing, by either side: operations should stop.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>Queues a message; a full queue means the client is too slow, and it is closed.</summary>
    public void Send(string message) => Send(new Outgoing(message, null, null));

    /// <summary>
    /// Queues a message in three pieces, joined only in the send buffer: the events of a subscription share their
    /// payload's text with every other subscriber of the event, and ten thousand copies of it were a third of what
    /// a fan-out allocated.
    /// </summary>
    public void Send(string head, string body, string tail) => Send(new Outgoing(head, body, tail));

    private void Send(Outgoing message)
    {
        bool queued;
        lock (_lock)
        {
            if (_close != null || _ended) return;
            queued = _outbox.Count < sendQueueCapacity && _queuedMemory.TryTake(message.Length);
            if (queued)
            {
                _outbox.Enqueue(message);
                if (_writing) return;
                _writing = true;
            }
        }
        if (queued) Write();
        else Close(WebSocketCloseStatus.PolicyViolation, "Too slow: the client did not read its messages fast enough.", drain: false);
    }

    /// <summary>Closes with a code and reason: after the queued messages, or (<paramref name="drain"/> false) dropping them.</summary>
    public void Close(WebSocketCloseStatus status, string reason, bool drain = true)
    {
        bool write;
        lock (_lock)
        {
            if (_close != null) return;
            _close = (status, Encoding.UTF8.GetByteCount(reason) > 120 ? reason[..40] : reason); // a close reason must fit in 123 bytes
            if (!drain) Clear();
            write = !_writing;
            _writing = true;
        }
        _closing.Cancel();
        _abort.CancelAfter(CloseGrace);
        if (write) Write();
    }

    public void Close(int code, string reason) => Close((WebSocketCloseStatus)code, reason);

    /// <summary>Runs until the socket has closed; <paramref name="onMessage"/> gets each text message, in order.</summary>
    public async Task RunAsync(Func<string, Task> onMessage, Func<Task> onBinary, CancellationToken aborted)
    {
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(aborted, _abort.Token);
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
        await _written.Task;
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

    /// <summary>Writes what is queued, then the close frame once closing; returns early when a send has to wait.</summary>
    private void Write()
    {
        while (true)
        {
            Outgoing? message = null;
            (WebSocketCloseStatus Status, string Reason)? close = null;
            var done = false;
            lock (_lock)
            {
                if (_outbox.TryDequeue(out var next))
                {
                    message = next;
                    _queuedMemory.Give(next.Length);
                }
                else
                {
                    if (_close == null || _ended)
                    {
                        _writing = false;
                        done = _ended;
                    }
                    else
                    {
                        _ended = true; // the close frame is the last thing sent (the client may have closed already)
                        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived) close = _close;
                        else done = true;
                    }
                }
            }
            if (message == null && close == null)
            {
                if (done) _written.TrySetResult();
                return;
            }
            try
            {
                var sending = message is { } text ? SendText(text) : new ValueTask(socket.CloseOutputAsync(close!.Value.Status, close.Value.Reason, _abort.Token));
                if (!sending.IsCompleted)
                {
                    _ = WriteWhenSentAsync(sending);
                    return;
                }
                sending.GetAwaiter().GetResult();
            }
            catch (Exception error) when (IsBroken(error))
            {
                End();
                return;
            }
        }
    }

    private async Task WriteWhenSentAsync(ValueTask sending)
    {
        try
        {
            await sending;
        }
        catch (Exception error) when (IsBroken(error))
        {
            End();
            return;
        }
        Write();
    }

    /// <summary>The message in a pooled buffer, given back once the send is done.</summary>
    private ValueTask SendText(Outgoing message)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(message.Length));
        var length = Encoding.UTF8.GetBytes(message.Head, buffer);
        if (message.Body != null) length += Encoding.UTF8.GetBytes(message.Body, buffer.AsSpan(length));
        if (message.Tail != null) length += Encoding.UTF8.GetBytes(message.Tail, buffer.AsSpan(length));
        var sending = socket.SendAsync(buffer.AsMemory(0, length), WebSocketMessageType.Text, true, _abort.Token);
        if (sending.IsCompletedSuccessfully)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return sending;
        }
        return ReturnWhenSentAsync(sending, buffer);
    }

    private static async ValueTask ReturnWhenSentAsync(ValueTask sending, byte[] buffer)
    {
        try { await sending; }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>Sending failed (the socket broke, or the close grace ran out): nothing more will be sent.</summary>
    private void End()
    {
        lock (_lock)
        {
            _ended = true;
            _writing = false;
            Clear();
        }
        _written.TrySetResult();
    }

    private void Clear()
    {
        _outbox.Clear();
        _queuedMemory.Clear();
    }

    /// <summary>A queued text message: <see cref="Head"/>, then <see cref="Body"/> and <see cref="Tail"/> if any.</summary>
    private readonly record struct Outgoing(string Head, string? Body, string? Tail)
    {
        public int Length => Head.Length + (Body?.Length ?? 0) + (Tail?.Length ?? 0);
    }

    private static bool IsBroken(Exception error) =>
        error is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException;
}
