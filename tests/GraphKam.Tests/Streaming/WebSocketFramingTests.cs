using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// How the server reads WebSocket messages, on real Kestrel (the socket the server gets there is .NET's own, not the
/// test host's): it waits between messages without a buffer, so these check that a message split into frames and
/// longer than one read still arrives whole, and that binary and oversize messages are still refused.
/// </summary>
public sealed class WebSocketFramingTests : IAsyncLifetime
{
    private readonly GraphKamFactory _factory = GraphKamFactory.Empty();
    private readonly ClientWebSocket _socket = new();

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        using var http = _factory.CreateClient();
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        await _socket.ConnectAsync(new Uri(http.BaseAddress!.ToString().Replace("http", "ws", StringComparison.Ordinal) + "graphql"),
            CancellationToken.None);
        var token = await _factory.Logins.TokenAsync(Roles.Director);
        await SendAsync(WebSocketMessageType.Text, JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } }));
        Assert.Equal("connection_ack", (await ReceiveAsync()).GetProperty("type").GetString());
    }

    public Task DisposeAsync()
    {
        _socket.Dispose();
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_message_in_several_frames_and_longer_than_one_read_arrives_whole()
    {
        // 40,000 spaces inside the document: more than the 16 KiB the server reads at a time.
        var message = JsonSerializer.Serialize(new { id = "1", type = "subscribe", payload = new { query = "{" + new string(' ', 40_000) + "__typename }" } });
        var third = message.Length / 3;
        await SendAsync(WebSocketMessageType.Text, message[..third], message[third..(2 * third)], message[(2 * third)..]);
        var next = await ReceiveAsync();
        Assert.Equal(("next", "Query"), (next.GetProperty("type").GetString(), next.At("payload.data.__typename").GetString()));
        Assert.Equal("complete", (await ReceiveAsync()).GetProperty("type").GetString());

        // And the next message, after the socket has waited idle for it.
        await Task.Delay(100);
        await SendAsync(WebSocketMessageType.Text, """{"type":"ping","payload":{"at":7}}""");
        Assert.Equal(7, (await ReceiveAsync()).At("payload.at").GetInt32());
    }

    [Fact]
    public async Task A_binary_message_closes_the_socket_with_4400()
    {
        await SendAsync(WebSocketMessageType.Binary, "{}");
        Assert.Equal(4400, await ClosedAsync());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_socket_with_1009()
    {
        var part = new string(' ', 100_000);
        await SendAsync(WebSocketMessageType.Text, part, part, part);
        Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, await ClosedAsync());
    }

    private async Task SendAsync(WebSocketMessageType type, params string[] frames)
    {
        for (var i = 0; i < frames.Length; i++)
            await _socket.SendAsync(Encoding.UTF8.GetBytes(frames[i]), type, i == frames.Length - 1, CancellationToken.None);
    }

    private async Task<JsonElement> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        using var timeout = new CancellationTokenSource(GraphQLSocket.Wait);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
        }
    }

    /// <summary>Reads until the server's close frame and returns its code.</summary>
    private async Task<int> ClosedAsync()
    {
        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(GraphQLSocket.Wait);
        try
        {
            while ((await _socket.ReceiveAsync(buffer, timeout.Token)).MessageType != WebSocketMessageType.Close) { }
        }
        catch (WebSocketException) { }
        return (int)(_socket.CloseStatus ?? 0);
    }
}
