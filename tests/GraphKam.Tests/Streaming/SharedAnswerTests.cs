using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;
using GraphKam.Tests.Operations;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// Subscriptions of one session asking the same thing share one execution per event; any difference in who asks or
/// what is asked gets an execution of its own. Counted from the <c>graphql.subscription.event</c> spans.
/// </summary>
public sealed class SharedAnswerTests : IDisposable
{
    private const string Deals = "subscription SharedAnswerDeals { opportunityChanged { kind opportunity { name amount } } }";
    private const string DealsWhere = """
        subscription SharedAnswerDeals($where: OpportunityFilterInput) {
          opportunityChanged(where: $where) { kind opportunity { name amount } }
        }
        """;

    private readonly TelemetryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Subscriptions_of_one_session_asking_the_same_share_one_execution_and_nobody_else_does()
    {
        var director = await _factory.Logins.TokenAsync(Roles.Director);
        var other = await _factory.Logins.TokenAsync(Roles.Admin); // sees every deal too
        var sockets = new List<GraphQLSocket>();
        async Task Open(string token, string query, object? variables = null)
        {
            var socket = await GraphQLSocket.OpenAsync(_factory, payload: new { Authorization = $"Bearer {token}" });
            await socket.SubscribeAsync("s", query, variables);
            sockets.Add(socket);
        }
        for (var i = 0; i < 5; i++) await Open(director, Deals);           // one answer for these five
        await Open(director, DealsWhere, new { where = new { amount = new { gte = 0 } } }); // other variables
        await Open(director, DealsWhere);                                   // other document
        await Open(other, Deals);                                           // other login
        await _factory.SubscribersAsync(OpportunityChanged.Topic, sockets.Count);

        var account = (await _factory.Client().DataAsync("{ accounts(first: 1) { nodes { id } } }")).At("accounts.nodes")[0]
            .GetProperty("id").GetString();
        var created = await _factory.Client().PostAsync("""
            mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }
            """, new { input = new { accountId = account, name = "Shared answer deal", amount = 4321m } });
        Assert.Empty(created.Errors);

        foreach (var socket in sockets)
        {
            var message = await socket.ReceiveAsync();
            Assert.Equal("next", message.GetProperty("type").GetString());
            Assert.Equal("s", message.GetProperty("id").GetString());
            Assert.Equal("Shared answer deal", message.At("payload.data.opportunityChanged.opportunity.name").GetString());
            Assert.Equal(4321m, message.At("payload.data.opportunityChanged.opportunity.amount").GetDecimal());
        }
        var deliveries = await DeliveriesAsync(sockets.Count);
        // One of the five asking alike runs the event, the other four are given its answer; the three asking
        // differently run it each.
        Assert.Equal(4, deliveries.Count(d => Equals(d.GetTagItem("graphkam.subscription.shared"), true)));
        Assert.Equal(4, deliveries.Count(d => Equals(d.GetTagItem("graphkam.subscription.shared"), false)));
        foreach (var socket in sockets) await socket.DisposeAsync();
    }

    [Fact]
    public async Task A_partner_and_a_director_asking_the_same_each_get_their_own_answer()
    {
        // A partner's deal on an account that also has deals of others: the partner counts fewer deals there.
        Opportunity deal;
        await using (var db = _factory.Db())
            deal = await db.Opportunities.Where(o => o.DistributorId != null && o.Status == OpportunityStatus.Open
                    && db.Opportunities.Any(x => x.AccountId == o.AccountId && x.DistributorId != o.DistributorId))
                .FirstAsync();
        const string Counted = "subscription { opportunityChanged { opportunity { name account { opportunities { totalCount } } } } }";
        var partner = await _factory.Logins.TokenAsync(Roles.Partner, deal.DistributorId);
        await using var partnerSocket = await GraphQLSocket.OpenAsync(_factory, payload: new { Authorization = $"Bearer {partner}" });
        await partnerSocket.SubscribeAsync("s", Counted);
        await using var directorSocket = await GraphQLSocket.OpenAsync(_factory);
        await directorSocket.SubscribeAsync("s", Counted);
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 2);

        Assert.Empty((await _factory.Client().PostAsync("""
            mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { opportunity { id } } }
            """, new { input = new { id = GlobalId.Encode("Opportunity", deal.Id), version = deal.Version, name = deal.Name + " (seen by both)" } })).Errors);

        int Count(JsonElement message) => message.At("payload.data.opportunityChanged.opportunity.account.opportunities.totalCount").GetInt32();
        var seenByPartner = Count(await partnerSocket.ReceiveAsync());
        var seenByDirector = Count(await directorSocket.ReceiveAsync());
        Assert.True(seenByPartner < seenByDirector, $"partner {seenByPartner}, director {seenByDirector}");
    }

    // The delivery spans once all of them are in (each ends as its answer is handed to the socket). Every server in
    // the test process reports to every listener, so only the events of this test's operations count.
    private async Task<List<System.Diagnostics.Activity>> DeliveriesAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var spans = _factory.AllSpans();
            var operations = spans.Where(s => Equals(s.GetTagItem("graphql.operation.name"), "SharedAnswerDeals"))
                .Select(s => s.SpanId).ToHashSet();
            var deliveries = spans.Where(s => s.DisplayName == "graphql.subscription.event" && operations.Contains(s.ParentSpanId)).ToList();
            if (deliveries.Count >= count || DateTime.UtcNow > deadline) return deliveries;
            await Task.Delay(20);
        }
    }
}
