using System.Text.Json;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Streaming;

/// <summary>The legacy graphql-ws protocol (Apollo's subscriptions-transport-ws) over a real WebSocket.</summary>
public sealed class LegacyProtocolTests : KnownDataTest
{
    private static string? Type(JsonElement message) => message.GetProperty("type").GetString();

    [Fact]
    public async Task Start_data_stop_complete_and_keep_alive()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory, "graphql-ws"); // ack, then ka
        Assert.Equal("graphql-ws", socket.SubProtocol);
        await socket.SubscribeAsync("1", """
            subscription {
                opportunityChanged {
                    kind
                    opportunity {
                        name
                    }
                }
            }
            """, type: "start");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        await Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Delta School"), name = "旧协议", amount = 1000m });
        var data = await socket.ReceiveAsync();
        Assert.Equal(("data", "1", "旧协议"), (Type(data), data.GetProperty("id").GetString(), data.At("payload.data.opportunityChanged.opportunity.name").GetString()));

        await socket.SendAsync(new { type = "stop", id = "1" });
        var complete = await socket.ReceiveAsync();
        Assert.Equal(("complete", "1"), (Type(complete), complete.GetProperty("id").GetString()));
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 0);

        Factory.Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal("ka", Type(await socket.ReceiveAsync()));
    }

    [Fact]
    public async Task Queries_errors_and_termination()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Factory, "graphql-ws");
        await socket.SubscribeAsync("q", "{ accounts(first: 1) { totalCount } }", type: "start");
        Assert.Equal(8, (await socket.ReceiveAsync()).At("payload.data.accounts.totalCount").GetInt32());
        Assert.Equal("complete", Type(await socket.ReceiveAsync()));

        await socket.SubscribeAsync("v", "{ nope }", type: "start");
        var error = await socket.ReceiveAsync();
        Assert.Equal(("error", "FIELDS_ON_CORRECT_TYPE"), (Type(error), error.GetProperty("payload")[0].At("extensions.code").GetString()));

        await socket.SendTextAsync("not json"); // lenient: answered, not closed
        Assert.Equal("connection_error", Type(await socket.ReceiveAsync()));
        await socket.SendAsync(new { type = "connection_terminate" });
        Assert.Equal(1000, await socket.ClosedAsync());
    }

    [Fact]
    public async Task Starting_before_connection_init_is_an_error()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Factory, "graphql-ws");
        await socket.SubscribeAsync("1", "{ __typename }", type: "start");
        var error = await socket.ReceiveAsync();
        Assert.Equal(("error", "Send connection_init first."), (Type(error), error.GetProperty("payload")[0].GetProperty("message").GetString()));
    }
}
