using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using StackExchange.Redis;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// Two GraphKam processes behind one address, as deployed: one PostgreSQL database (the instances connect as the
/// application role), one Redis, no signing key configured (they share the one kept in the database). A change made
/// through A reaches a subscriber on B; A's token works on B; signing out on A ends the session on B. The database
/// starts as a copy of the run's seeded template (seeding it again took A most of a minute on a busy machine); that
/// a second instance waits for the first one's start-up is StartupLockTests' subject.
/// </summary>
public sealed class TwoInstanceTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new(DatabaseTemplates.SeededPostgreSqlTemplate);
    private readonly RedisServer? _privateRedis = TestDatabases.Redis == null ? new RedisServer() : null;
    private readonly string _channel = $"graphkam-e2e-{Guid.NewGuid():N}";
    private readonly List<ServerProcess> _servers = [];

    private string Redis => TestDatabases.Redis ?? _privateRedis!.Configuration;

    private ServerProcess Start(string name, bool seed) => Add(new ServerProcess(name, new Dictionary<string, string>
    {
        ["GraphKam:Database:Provider"] = "PostgreSQL",
        ["ConnectionStrings:GraphKam"] = _database.ConnectionString,
        ["GraphKam:EventBus"] = "Redis",
        ["GraphKam:Redis"] = Redis,
        ["GraphKam:RedisChannel"] = _channel,
        ["GraphKam:SeedDemoData"] = seed ? "true" : "false",
        ["GraphKam:Auth:SessionCheckInterval"] = "00:00:01",
    }));

    private ServerProcess Add(ServerProcess server)
    {
        _servers.Add(server);
        return server;
    }

    private const string Password = TestLogins.DemoPassword; // the seeded template's sign-ins

    [PostgreSqlFact]
    public async Task A_change_on_A_reaches_B_a_token_of_A_works_on_B_and_signing_out_on_A_ends_it_on_B()
    {
        var a = Start("A", seed: true);
        await a.ReadyAsync(TimeSpan.FromMinutes(4));
        var b = Start("B", seed: false);
        await b.ReadyAsync(TimeSpan.FromMinutes(2));

        using var onA = a.Client();
        var login = await onA.PostAsJsonAsync("/auth/login",
            new { email = "director@demo.graphkam", password = Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
        var access = tokens.GetProperty("accessToken").GetString()!;
        var refresh = tokens.GetProperty("refreshToken").GetString()!;

        // A's token on B: over HTTP and on B's WebSocket, where a subscription waits for changes.
        using var onB = b.Client();
        var me = await PostAsync(onB, access, "{ me { user { name } } }");
        Assert.Equal(HttpStatusCode.OK, me.Status);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri($"ws://{b.Address.Authority}/graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + access } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, new
        {
            id = "s",
            type = "subscribe",
            payload = new { query = "subscription { opportunityChanged { kind opportunity { name } } }" },
        });
        await ListeningAsync($"{_channel}:opportunities");

        var account = (await PostAsync(onA, access, "{ accounts(first: 1) { nodes { id } } }"))
            .Data.At("accounts.nodes")[0].GetProperty("id").GetString();
        var created = await PostAsync(onA, access, """
            mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }
            """, new { input = new { accountId = account, name = "Made on A", amount = 120_000m } });
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var heard = await ReceiveAsync(socket);
        Assert.Equal("Made on A", heard.At("payload.data.opportunityChanged.opportunity.name").GetString());

        // Signing out on A ends the session everywhere: B refuses the token and closes the socket within seconds.
        using var anonymous = a.Client();
        Assert.Equal(HttpStatusCode.NoContent,
            (await anonymous.PostAsJsonAsync("/auth/logout", new { refreshToken = refresh })).StatusCode);
        for (var waited = 0;
             (await PostAsync(onB, access, "{ me { user { name } } }")).Status != HttpStatusCode.Unauthorized;
             waited += 250)
        {
            Assert.True(waited < 15_000, "B still accepts a token whose session ended on A.");
            await Task.Delay(250);
        }
        var closed = await ReceiveCloseAsync(socket, TimeSpan.FromSeconds(15));
        Assert.Equal(4403, closed);
    }

    /// <summary>Waits until some instance has subscribed to the Redis channel (B's subscription is in place).</summary>
    private async Task ListeningAsync(string channel)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Redis);
        var server = redis.GetServers()[0];
        for (var waited = 0; await server.SubscriptionSubscriberCountAsync(RedisChannel.Literal(channel)) == 0;
             waited += 50)
        {
            var output = string.Concat(_servers.Select(s => s.Output));
            Assert.True(waited < 20_000, $"Nobody subscribed to {channel}.\n{output}");
            await Task.Delay(50);
        }
    }

    private static async Task<GraphQLResponse> PostAsync(HttpClient http, string token, string query,
        object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await GraphQLResponse.ReadAsync(await http.SendAsync(request));
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true,
            CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        var message = JsonDocument.Parse(text.ToString()).RootElement;
        // Keep-alive pings are not what a test waits for.
        return message.GetProperty("type").GetString() == "ping" ? await ReceiveAsync(socket) : message;
    }

    private static async Task<int?> ReceiveCloseAsync(ClientWebSocket socket, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) return (int?)socket.CloseStatus;
        }
    }

    public void Dispose()
    {
        foreach (var server in _servers) server.Dispose();
        _database.Dispose();
        _privateRedis?.Dispose();
    }
}
