using System.Text.Json;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Streaming;

/// <summary>graphql-transport-ws over a real WebSocket: the handshake, every close code, ping/pong, operations and completion.</summary>
public sealed class WebSocketProtocolTests : KnownDataTest
{
    [Fact]
    public async Task Queries_and_mutations_run_over_the_socket()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory);
        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        await socket.SubscribeAsync("q", "{ accounts(first: 1, order: [{ name: ASC }]) { nodes { name } } }");
        var next = await socket.ReceiveAsync();
        Assert.Equal(("next", "q", "Alpha Industries"), (next.GetProperty("type").GetString(), next.GetProperty("id").GetString(),
            next.At("payload.data.accounts.nodes")[0].GetProperty("name").GetString()));
        Assert.Equal(("complete", "q"), Kind(await socket.ReceiveAsync()));

        await socket.SubscribeAsync("m", """
            mutation($input: CreateOpportunityInput!) {
                createOpportunity(input: $input) {
                    opportunity {
                        name
                    }
                }
            }
            """,
            new { input = new { accountId = Known.Id("Delta School"), name = "经 WebSocket", amount = 1000m } });
        Assert.Equal("经 WebSocket", (await socket.ReceiveAsync()).At("payload.data.createOpportunity.opportunity.name").GetString());
        Assert.Equal(("complete", "m"), Kind(await socket.ReceiveAsync()));
    }

    [Fact]
    public async Task A_request_that_does_not_validate_gets_an_error_message_and_the_connection_stays()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SubscribeAsync("bad", "{ accounts { nodes { nope } } }");
        var error = await socket.ReceiveAsync();
        Assert.Equal(("error", "bad"), Kind(error));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("payload")[0].At("extensions.code").GetString());
        await socket.SubscribeAsync("bad", "{ __typename }"); // the ID is free again: no 4409
        Assert.Equal(("next", "bad"), Kind(await socket.ReceiveAsync()));
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_its_payload_and_the_server_keeps_the_connection_alive()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SendAsync(new { type = "ping", payload = new { at = 42 } });
        var pong = await socket.ReceiveAsync();
        Assert.Equal(("pong", 42), (pong.GetProperty("type").GetString(), pong.At("payload.at").GetInt32()));
        await socket.SendAsync(new { type = "pong" }); // a pong needs no answer
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(200)));
        Factory.Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal("ping", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_subscription_completed_by_the_client_gets_no_more_events()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SubscribeAsync("s", "subscription { opportunityChanged { kind } }");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        await CreateDeal();
        Assert.Equal("CREATED", (await socket.ReceiveAsync()).At("payload.data.opportunityChanged.kind").GetString());

        await socket.SendAsync(new { type = "complete", id = "s" });
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 0);
        await CreateDeal();
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));
        await socket.SubscribeAsync("s", "subscription { opportunityChanged { kind } }"); // the ID can be reused
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
    }

    [Fact]
    public async Task Closing_the_socket_ends_its_subscriptions()
    {
        var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SubscribeAsync("a", "subscription { opportunityChanged { kind } }");
        await socket.SubscribeAsync("b", "subscription { funnelChanged { count } }");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 2);
        await socket.DisposeAsync();
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 0);
    }

    [Theory]
    [InlineData("{ not json", 4400)]
    [InlineData("{\"type\":\"shout\"}", 4400)]
    [InlineData("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}", 4400)] // no id
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{}}", 4400)]                // no query
    [InlineData("{\"type\":\"connection_init\"}", 4429)]                                        // a second init
    public async Task Protocol_breaches_close_the_socket_with_their_code(string message, int code)
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SendTextAsync(message);
        Assert.Equal(code, await socket.ClosedAsync());
    }

    [Fact]
    public async Task Subscribing_before_the_acknowledgement_is_unauthorized()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Factory, "graphql-transport-ws");
        await socket.SubscribeAsync("1", "{ __typename }");
        Assert.Equal(4401, await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_refused_connection_is_forbidden()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Factory, "graphql-transport-ws");
        await socket.SendAsync(new { type = "connection_init", payload = new { token = "bad" } });
        Assert.Equal(4403, await socket.ClosedAsync());
        Assert.Equal("Forbidden: the token is invalid or expired.", socket.CloseReason);
    }

    [Fact]
    public async Task A_client_that_never_initialises_is_closed_after_the_timeout()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Factory, "graphql-transport-ws");
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(100)));
        Factory.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(4408, await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_second_subscriber_with_the_same_id_is_refused()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SubscribeAsync("same", "subscription { opportunityChanged { kind } }");
        await socket.SubscribeAsync("same", "subscription { opportunityChanged { kind } }");
        Assert.Equal(4409, await socket.ClosedAsync());
        Assert.Equal("Subscriber for same already exists", socket.CloseReason);
    }

    [Fact]
    public async Task A_client_offering_no_known_subprotocol_is_closed()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Factory, "mqtt");
        Assert.Equal(4406, await socket.ClosedAsync());
    }

    private Task CreateDeal() =>
        Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Delta School"), name = "X", amount = 1000m });

    private static (string?, string?) Kind(JsonElement message) =>
        (message.GetProperty("type").GetString(), message.TryGetProperty("id", out var id) ? id.GetString() : null);
}
