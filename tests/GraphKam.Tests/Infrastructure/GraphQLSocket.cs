using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A WebSocket client for tests, over the in-process server's real WebSocket pipeline: sends JSON messages, reads
/// them in order (with a timeout, so a missing message fails the test instead of hanging it), and reports the close.
/// </summary>
public sealed class GraphQLSocket : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly Task _reading;

    private GraphQLSocket(WebSocket socket)
    {
        _socket = socket;
        _reading = ReadAsync();
    }

    public string? SubProtocol => _socket.SubProtocol;
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;
    public string? CloseReason => _socket.CloseStatusDescription;

    public static Task<GraphQLSocket> ConnectAsync(GraphKamFactory factory, params string[] protocols) =>
        ConnectAsync(factory, _ => { }, protocols);

    /// <summary>Connects with an upgrade request of one's own making (e.g. carrying a cookie).</summary>
    public static async Task<GraphQLSocket> ConnectAsync(GraphKamFactory factory, Action<HttpRequest> configure,
        params string[] protocols)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.ConfigureRequest = configure;
        foreach (var protocol in protocols) client.SubProtocols.Add(protocol);
        return new GraphQLSocket(await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    /// <summary>
    /// Connects with graphql-transport-ws (or the legacy graphql-ws) and completes the connection_init handshake,
    /// signed in as a sales director unless another payload is given.
    /// </summary>
    public static async Task<GraphQLSocket> OpenAsync(GraphKamFactory factory, string protocol = "graphql-transport-ws", object? payload = null)
    {
        payload ??= new { Authorization = "Bearer " + await factory.Logins.TokenAsync(GraphKam.Server.Common.Roles.Director) };
        var socket = await ConnectAsync(factory, protocol);
        await socket.SendAsync(new { type = "connection_init", payload });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        if (protocol == "graphql-ws") Assert.Equal("ka", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        return socket;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Sends graphql-transport-ws' subscribe (or graphql-ws' start) for a query.</summary>
    public Task SubscribeAsync(string id, string query, object? variables = null, string type = "subscribe") =>
        SendAsync(new { id, type, payload = new { query, variables } });

    /// <summary>The next message; fails the test when none comes in time.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? Wait);
        try { return await _received.Reader.ReadAsync(timeout.Token); }
        catch (OperationCanceledException) { throw new TimeoutException("No message arrived."); }
        catch (ChannelClosedException) { throw new InvalidOperationException($"The socket closed: {CloseStatus} {CloseReason}"); }
    }

    /// <summary>Whether a message arrives within <paramref name="wait"/> (to show that none does).</summary>
    public async Task<JsonElement?> TryReceiveAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try { return await _received.Reader.ReadAsync(timeout.Token); }
        catch (Exception error) when (error is OperationCanceledException or ChannelClosedException) { return null; }
    }

    /// <summary>Waits for the server to close the socket and returns its close code.</summary>
    public async Task<int> ClosedAsync()
    {
        await _reading.WaitAsync(Wait);
        return (int)(_socket.CloseStatus ?? 0);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    break;
                }
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                _received.Writer.TryWrite(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                message.SetLength(0);
            }
        }
        // The server may close and the test host dispose its end while we answer the close: either way the socket is done.
        catch (Exception error) when (error is WebSocketException or IOException or ObjectDisposedException) { }
        finally { _received.Writer.TryComplete(); }
    }

    public async Task CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        await _reading.WaitAsync(Wait);
    }

    public async ValueTask DisposeAsync()
    {
        try { await CloseAsync(); } catch (Exception error) when (error is WebSocketException or TimeoutException or ObjectDisposedException) { }
        _socket.Dispose();
    }
}
