using System.Net.Http.Headers;
using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// Live subscriptions are capped per WebSocket and per login (over sockets and event streams): the one over the
/// cap gets a SUBSCRIPTION_LIMIT error for that operation, and a subscription that ends gives its slot back.
/// </summary>
public sealed class SubscriptionLimitTests : IDisposable
{
    private const string Subscription = "subscription { opportunityChanged { kind } }";

    private readonly GraphKamFactory _factory = Limited();

    private static GraphKamFactory Limited()
    {
        var factory = GraphKamFactory.Empty();
        factory.Settings["GraphKam:GraphQL:MaxSubscriptionsPerSocket"] = "3";
        factory.Settings["GraphKam:GraphQL:MaxSubscriptionsPerLogin"] = "5";
        return factory;
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_socket_over_its_cap_gets_an_error_for_that_operation_and_a_completed_one_frees_its_slot()
    {
        await using var socket = await GraphQLSocket.OpenAsync(_factory);
        foreach (var id in new[] { "a", "b", "c" }) await socket.SubscribeAsync(id, Subscription);
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 3);

        await socket.SubscribeAsync("d", Subscription);
        AssertRefused(await socket.ReceiveAsync(), "d");
        await socket.SendAsync(new { type = "complete", id = "a" });
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 2);
        await socket.SubscribeAsync("d", Subscription);
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 3);
    }

    [Fact]
    public async Task The_legacy_protocol_answers_an_error_message()
    {
        await using var socket = await GraphQLSocket.OpenAsync(_factory, "graphql-ws");
        foreach (var id in new[] { "a", "b", "c" }) await socket.SubscribeAsync(id, Subscription, type: "start");
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 3);
        await socket.SubscribeAsync("d", Subscription, type: "start");
        AssertRefused(await socket.ReceiveAsync(), "d");
    }

    [Fact]
    public async Task A_login_is_capped_over_all_its_sockets_and_event_streams()
    {
        await using var first = await GraphQLSocket.OpenAsync(_factory);
        await using var second = await GraphQLSocket.OpenAsync(_factory);
        foreach (var id in new[] { "a", "b", "c" }) await first.SubscribeAsync(id, Subscription);
        foreach (var id in new[] { "a", "b" }) await second.SubscribeAsync(id, Subscription);
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 5);
        await second.SubscribeAsync("c", Subscription);
        AssertRefused(await second.ReceiveAsync(), "c");

        using var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", await _factory.Logins.TokenAsync(Roles.Director));
        using var stream = await EventStream.OpenAsync(http, Subscription);
        var (name, data) = await stream.NextAsync();
        Assert.Equal("next", name);
        Assert.Equal("SUBSCRIPTION_LIMIT", data!.Value.GetProperty("errors")[0].At("extensions.code").GetString());
        Assert.Equal("complete", (await stream.NextAsync()).Event);

        await first.DisposeAsync(); // its three subscriptions end with it
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 2);
        await second.SubscribeAsync("c", Subscription);
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 3);
    }

    private static void AssertRefused(JsonElement message, string id)
    {
        Assert.Equal(("error", id), (message.GetProperty("type").GetString(), message.GetProperty("id").GetString()));
        Assert.Equal("SUBSCRIPTION_LIMIT", message.GetProperty("payload")[0].At("extensions.code").GetString());
    }
}
