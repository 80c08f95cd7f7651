using System.Security.Claims;
using System.Threading.Channels;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Security;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// GraphQL over server-sent events, graphql-sse's distinct-connections mode: one request, one event stream of
/// <c>next</c> events and a final <c>complete</c>. Errors found before execution arrive as a <c>next</c> event too,
/// as that protocol asks (a 400 would leave the browser's EventSource with no details). Closing the connection ends
/// the subscription. Credentials that expire end the stream with <c>complete</c>; credentials revoked meanwhile (see
/// <see cref="IPrincipalValidator"/>) end it with a <c>next</c> event carrying an AUTH_NOT_AUTHENTICATED error, then
/// <c>complete</c>.
/// </summary>
public sealed class ServerSentEvents(OperationRunner runner, ProtocolMessages messages, IPrincipalValidator validator,
    TimeProvider clock, ILogger<ServerSentEvents> logger)
{
    public const string MediaType = "text/event-stream";

    public async Task StreamAsync(HttpContext http, GraphQLRequest request, ClaimsPrincipal? user, bool queriesOnly, TimeSpan keepAlive, int capacity,
        long capacityBytes = long.MaxValue)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = $"{MediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // proxies must not hold events back
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var sink = new Sink(messages, capacity, capacityBytes);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _ = EndWhenRevokedAsync(user, sink, watching.Token);
        // Credentials that expire end the stream with them (the client reconnects with fresh ones).
        if (CredentialExpiry.Of(user) is { } expiresAt) _ = EndAtExpiryAsync(expiresAt, sink, watching.Token);
        using var operation = await runner.StartAsync(request, user, sink, queriesOnly, http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
        using var timer = keepAlive > TimeSpan.Zero ? new PeriodicTimer(keepAlive, clock) : null;
        // One pending tick at a time: a PeriodicTimer allows a single waiter.
        Task<bool>? tick = null;
        try
        {
            while (true)
            {
                var next = sink.Events.Reader.WaitToReadAsync(http.RequestAborted).AsTask();
                tick ??= timer?.WaitForNextTickAsync(http.RequestAborted).AsTask() ?? Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => false);
                if (await Task.WhenAny(next, tick) == tick)
                {
                    await tick;
                    tick = null;
                    await http.Response.WriteAsync(": keep-alive\n\n", http.RequestAborted);
                    await http.Response.Body.FlushAsync(http.RequestAborted);
                    if (!next.IsCompleted) continue;
                }
                if (!await next) break;
                while (sink.TryRead(out var text)) await http.Response.WriteAsync(text, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: the subscription ends with it.
        }
        finally
        {
            await watching.CancelAsync();
        }
        if (sink.Overflowed) http.Abort(); // too slow to read its events: cut off, as a slow WebSocket is
    }

    private async Task EndAtExpiryAsync(DateTimeOffset expiresAt, Sink sink, CancellationToken stop)
    {
        try { await CredentialExpiry.WaitAsync(expiresAt, clock, stop); }
        catch (OperationCanceledException) { return; }
        sink.Complete();
    }

    private async Task EndWhenRevokedAsync(ClaimsPrincipal? user, Sink sink, CancellationToken stop)
    {
        if (!await CredentialWatch.RevokedAsync(validator, user, clock, logger, stop)) return;
        sink.Revoked(new ExecutionResult(new ExecutionError("The session ended or the credentials were revoked; sign in again.")
        { Code = ErrorCodes.AuthNotAuthenticated }));
    }

    /// <summary>
    /// Formats results as events into a queue bounded in events and in memory (two bytes a character); a client too
    /// slow to drain it is cut off. An event larger than the memory bound still goes when nothing else waits.
    /// </summary>
    private sealed class Sink(ProtocolMessages messages, int capacity, long capacityBytes) : IOperationSink
    {
        private const string Completed = "event: complete\ndata:\n\n";
        private int _ended;
        private readonly QueuedMemory _queuedMemory = new(capacityBytes);

        public Channel<string> Events { get; } = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity) { SingleReader = true });

        public bool Overflowed { get; private set; }

        public bool TryRead(out string text)
        {
            if (!Events.Reader.TryRead(out text!)) return false;
            _queuedMemory.Give(text);
            return true;
        }

        public void Next(ExecutionResult result)
        {
            if (Volatile.Read(ref _ended) == 1) return;
            var text = NextEvent(result);
            if (_queuedMemory.TryTake(text) && Events.Writer.TryWrite(text)) return;
            Overflowed = true;
            Events.Writer.TryComplete();
        }

        public void Fail(ExecutionResult result)
        {
            Next(result);
            Complete();
        }

        public void Complete() => End(null);

        /// <summary>The credentials no longer hold: say why, then end (whatever else was still to come).</summary>
        public void Revoked(ExecutionResult error) => End(NextEvent(error));

        private string NextEvent(ExecutionResult result) => $"event: next\ndata: {messages.Result(result)}\n\n";

        private void End(string? last)
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1) return;
            // An empty data line: EventSource drops events without one.
            foreach (var text in last == null ? [Completed] : new[] { last, Completed })
            {
                _queuedMemory.Take(text); // as TryRead gives it back
                Events.Writer.TryWrite(text);
            }
            Events.Writer.TryComplete();
        }
    }
}
