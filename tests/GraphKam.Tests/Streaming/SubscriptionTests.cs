using System.Text.Json;
using GraphKam.Server.Activities;
using GraphKam.Server.Distributors;
using GraphKam.Server.Funnel;
using GraphKam.Server.Tiers;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Streaming;

/// <summary>What each subscription delivers, when, and to whom; over graphql-transport-ws.</summary>
public sealed class SubscriptionTests : KnownDataTest
{
    private Task<JsonElement> Create(string account, string name, decimal amount, object? extra = null) =>
        Client.MutateAsync("createOpportunity", "opportunity { id version }", Input(new { accountId = Known.Id(account), name, amount }, extra));

    private static Dictionary<string, object?> Input(object @base, object? extra)
    {
        var input = JsonSerializer.SerializeToElement(@base).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        foreach (var property in extra == null ? [] : JsonSerializer.SerializeToElement(extra).EnumerateObject()) input[property.Name] = property.Value;
        return input;
    }

    private async Task<GraphQLSocket> Subscribe(string query, string topic, int subscribers = 1)
    {
        var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SubscribeAsync("s", query);
        await Factory.SubscribersAsync(topic, subscribers);
        return socket;
    }

    [Fact]
    public async Task Opportunity_events_of_every_kind_with_the_stage_left()
    {
        await using var socket = await Subscribe("""
            subscription {
                opportunityChanged {
                    kind
                    opportunity {
                        name
                        stage {
                            key
                        }
                    }
                    previousStage {
                        key
                    }
                }
            }
            """, OpportunityChanged.Topic);
        var deal = await Create("Delta School", "智慧校园", 80_000m);
        var (id, version) = (deal.At("opportunity.id").GetString(), 1);
        await Client.MutateAsync("updateOpportunity", "opportunity { version }", new { id, version, amount = 90_000m });
        await Client.MutateAsync("moveOpportunityStage", "opportunity { version }", new { id, version = 2, stageKey = "PROPOSE" });
        await Client.MutateAsync("closeOpportunity", "opportunity { version }", new { id, version = 3, won = true });
        await Client.MutateAsync("reopenOpportunity", "opportunity { version }", new { id, version = 4 });

        var events = new List<(string?, string?, string?)>();
        for (var i = 0; i < 5; i++)
        {
            var e = (await socket.ReceiveAsync()).At("payload.data.opportunityChanged");
            events.Add((e.GetProperty("kind").GetString(), e.At("opportunity.stage.key").GetString(),
                e.GetProperty("previousStage").ValueKind == JsonValueKind.Null ? null : e.At("previousStage.key").GetString()));
        }
        // Each event reads the opportunity as it is when the event is handled; the last state is PROPOSE again (reopened).
        Assert.Equal(["CREATED", "UPDATED", "STAGE_CHANGED", "CLOSED", "STAGE_CHANGED"], events.Select(e => e.Item1));
        Assert.Equal([null, null, "IDENTIFY", "PROPOSE", "WON"], events.Select(e => e.Item3));
    }

    [Fact]
    public async Task The_generic_filter_decides_who_gets_an_event()
    {
        await using var big = await Subscribe("""
            subscription {
                opportunityChanged(where: { amount: { gte: 100000 } }) {
                    opportunity {
                        name
                    }
                }
            }
            """, OpportunityChanged.Topic);
        await using var sichuan = await GraphQLSocket.OpenAsync(Factory);
        await sichuan.SubscribeAsync("s", "subscription { opportunityChanged(where: { account: { region: { eq: \"Sichuan\" } }, route: { neq: OUTSIDE } }) { opportunity { name } } }");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 2);

        await Create("Delta School", "small in Sichuan", 5_000m);
        await Create("Alpha Industries", "big in Beijing", 500_000m);
        await Create("Delta School", "big in Sichuan", 2_000_000m); // routed OUTSIDE

        Assert.Equal("big in Beijing", (await big.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.name").GetString());
        Assert.Equal("big in Sichuan", (await big.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.name").GetString());
        Assert.Equal("small in Sichuan", (await sichuan.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.name").GetString());
        Assert.Null(await sichuan.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Null(await big.TryReceiveAsync(TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task A_failed_mutation_publishes_nothing()
    {
        await using var socket = await Subscribe("subscription { opportunityChanged { opportunity { name } } }", OpportunityChanged.Topic);
        var failed = await Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Zulu Archived"), name = "x", amount = 1m });
        Assert.Equal(["AccountArchivedError"], ErrorTypes(failed));
        // A handler that published before failing: the stage move is refused after its checks, nothing is sent.
        var deal = await Create("Delta School", "成功", 1_000m);
        Assert.Equal("成功", (await socket.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.name").GetString());
        var stale = await Client.MutateAsync("moveOpportunityStage", "opportunity { id }", new { id = deal.At("opportunity.id").GetString(), version = 9, stageKey = "PROPOSE" });
        Assert.Equal(["StaleVersionError"], ErrorTypes(stale));
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Of_concurrent_changes_at_one_version_only_the_one_that_commits_is_published()
    {
        var deal = await Create("Delta School", "抢", 1_000m);
        await using var socket = await Subscribe("subscription { opportunityChanged { kind } }", OpportunityChanged.Topic);
        var id = deal.At("opportunity.id").GetString();
        var moves = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Client.MutateAsync("moveOpportunityStage", "opportunity { id }", new { id, version = 1, stageKey = "PROPOSE" })));
        Assert.Single(moves, m => ErrorTypes(m).Count == 0);
        Assert.Equal("STAGE_CHANGED", (await socket.ReceiveAsync()).At("payload.data.opportunityChanged.kind").GetString());
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task An_event_is_published_only_once_its_change_is_committed()
    {
        // A subscriber on the bus itself reads the row from another connection while the event is being published:
        // before the commit the row would not be visible (SQLite shows other connections committed data only).
        var bus = Factory.Services.GetRequiredService<GraphKam.GraphQL.Subscriptions.ITopicBus>();
        var seen = new TaskCompletionSource<bool>();
        using var listening = bus.Subscribe<OpportunityChanged>(OpportunityChanged.Topic).Subscribe(new Observer(e =>
        {
            using var db = Factory.Db();
            seen.TrySetResult(db.Opportunities.Any(o => o.Id == e.OpportunityId));
        }));
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        await Create("Delta School", "已提交", 1_000m);
        Assert.True(await seen.Task.WaitAsync(GraphQLSocket.Wait));
    }

    private sealed class Observer(Action<OpportunityChanged> next) : IObserver<OpportunityChanged>
    {
        public void OnNext(OpportunityChanged value) => next(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }

    [Fact]
    public async Task Events_are_published_after_the_commit_so_subscribers_read_the_change()
    {
        // The event handler reads the database; had the event been published before the commit, it would see the old row.
        await using var socket = await Subscribe("""
            subscription {
                opportunityChanged {
                    opportunity {
                        amount version
                    }
                }
            }
            """, OpportunityChanged.Topic);
        var deal = await Create("Delta School", "读到", 1_000m);
        Assert.Equal(1_000m, (await socket.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.amount").GetDecimal());
        await Client.MutateAsync("updateOpportunity", "opportunity { version }", new { id = deal.At("opportunity.id").GetString(), version = 1, amount = 2_000m });
        var updated = (await socket.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity");
        Assert.Equal((2_000m, 2), (updated.GetProperty("amount").GetDecimal(), updated.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Many_subscribers_each_get_every_event()
    {
        var sockets = new List<GraphQLSocket>();
        for (var i = 0; i < 40; i++)
        {
            var socket = await GraphQLSocket.OpenAsync(Factory, i % 2 == 0 ? "graphql-transport-ws" : "graphql-ws");
            await socket.SubscribeAsync($"s{i}", "subscription { opportunityChanged { opportunity { name } } }", type: i % 2 == 0 ? "subscribe" : "start");
            sockets.Add(socket);
        }
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 40);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Create("Delta School", $"deal {i}", 1_000m)));
        foreach (var socket in sockets)
        {
            var names = new List<string?>();
            for (var i = 0; i < 3; i++) names.Add((await socket.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.name").GetString());
            Assert.Equal(["deal 0", "deal 1", "deal 2"], names.Order());
            await socket.DisposeAsync();
        }
    }

    [Fact]
    public async Task Subscribers_of_one_event_share_its_reads()
    {
        async Task<int> StatementsFor(int subscribers, string name)
        {
            var sockets = new List<GraphQLSocket>();
            for (var i = 0; i < subscribers; i++)
            {
                var socket = await GraphQLSocket.OpenAsync(Factory);
                await socket.SubscribeAsync("s", """
                    subscription {
                        opportunityChanged {
                            opportunity {
                                name
                                account {
                                    name
                                }
                                stage {
                                    key
                                }
                            }
                        }
                    }
                    """);
                sockets.Add(socket);
            }
            await Factory.SubscribersAsync(OpportunityChanged.Topic, subscribers);
            Factory.Sql.Clear();
            await Create("Delta School", name, 1_000m);
            foreach (var socket in sockets)
            {
                Assert.Equal("Delta School", (await socket.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.account.name").GetString());
                await socket.DisposeAsync();
            }
            var count = Factory.Sql.Commands.Count;
            await Factory.SubscribersAsync(OpportunityChanged.Topic, 0);
            return count;
        }

        var few = await StatementsFor(2, "two");
        Assert.InRange(few, 1, 20); // the events were resolved, and their statements counted
        Assert.Equal(few, await StatementsFor(20, "twenty"));
    }

    [Fact]
    public async Task The_funnel_comes_at_most_once_a_second_and_ends_current()
    {
        await using var socket = await Subscribe("subscription { funnelChanged(where: { account: { region: { eq: \"Sichuan\" } } }) { stage { key } count } }", OpportunityChanged.Topic);
        int Identify(JsonElement message) => message.At("payload.data.funnelChanged").EnumerateArray().First(s => s.At("stage.key").GetString() == "IDENTIFY").GetProperty("count").GetInt32();

        await Create("Delta School", "one", 1_000m);
        Assert.Equal(1, Identify(await socket.ReceiveAsync())); // the first change is sent at once
        await Create("Delta School", "two", 1_000m);
        await Create("Delta School", "three", 1_000m);
        await Create("Alpha Industries", "elsewhere", 1_000m);
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300))); // held back: less than a second since the last
        Factory.Clock.Advance(FunnelSubscriptions.FunnelInterval);
        Assert.Equal(3, Identify(await socket.ReceiveAsync()));                     // one summary for the three changes, current
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Tier_changes_per_policy()
    {
        await using var socket = await Subscribe("""
            subscription {
                accountTierChanged {
                    account {
                        name
                    }
                    policy {
                        key
                    }
                    previousTier {
                        code
                    }
                    tier {
                        code
                    }
                }
            }
            """, AccountTierChanged.Topic);
        await using var stars = await GraphQLSocket.OpenAsync(Factory);
        await stars.SubscribeAsync("s", "subscription { accountTierChanged(policy: \"icbc-stars\") { tier { code } } }");
        await Factory.SubscribersAsync(AccountTierChanged.Topic, 2);

        var overridden = await Client.MutateAsync("overrideAccountTier", "account { name }", new { accountId = Known.Id("Delta School"), tierCode = "A1", reason = "战略合作 Strategic partnership" });
        Assert.Empty(ErrorTypes(overridden));
        var change = (await socket.ReceiveAsync()).At("payload.data.accountTierChanged");
        Assert.Equal(("Delta School", "china-mobile", "C", "A1"), (change.At("account.name").GetString(), change.At("policy.key").GetString(),
            change.At("previousTier.code").GetString(), change.At("tier.code").GetString()));
        Assert.Null(await stars.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));

        await using var unknown = await GraphQLSocket.OpenAsync(Factory);
        await unknown.SubscribeAsync("u", "subscription { accountTierChanged(policy: \"nope\") { tier { code } } }");
        var error = await unknown.ReceiveAsync();
        Assert.Equal("TIER_POLICY_NOT_FOUND", error.At("payload.errors")[0].At("extensions.code").GetString());
    }

    [Fact]
    public async Task Registration_events_for_one_partner_and_activities_for_one_account()
    {
        var partner = (await Client.MutateAsync("createDistributor", "distributor { id }", new { name = "成都联讯", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" })).At("distributor.id").GetString();
        var other = (await Client.MutateAsync("createDistributor", "distributor { id }", new { name = "其他", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" })).At("distributor.id").GetString();
        await using var registrations = await GraphQLSocket.OpenAsync(Factory);
        await registrations.SubscribeAsync("r", """
            subscription($id: ID) {
                dealRegistrationChanged(distributorId: $id) {
                    kind
                    dealRegistration {
                        status
                        distributor {
                            name
                        }
                    }
                }
            }
            """, new { id = partner });
        await using var activities = await GraphQLSocket.OpenAsync(Factory);
        await activities.SubscribeAsync("a", """
            subscription($id: ID) {
                activityLogged(accountId: $id) {
                    summary
                    account {
                        name
                    }
                }
            }
            """, new { id = Known.Id("Delta School") });
        await Factory.SubscribersAsync(DealRegistrationChanged.Topic, 1);
        await Factory.SubscribersAsync(ActivityLogged.Topic, 1);

        await Client.MutateAsync("registerDeal", "dealRegistration { id }", new { distributorId = other, accountId = Known.Id("Delta School"), amount = 1m, description = "other" });
        var mine = await Client.MutateAsync("registerDeal", "dealRegistration { id }", new { distributorId = partner, accountId = Known.Id("Delta School"), amount = 1m, description = "mine" });
        await Client.MutateAsync("rejectDealRegistration", "dealRegistration { id }", new { id = mine.At("dealRegistration.id").GetString(), reason = "no", version = 1 });
        var first = (await registrations.ReceiveAsync()).At("payload.data.dealRegistrationChanged");
        Assert.Equal(("REGISTERED", "成都联讯"), (first.GetProperty("kind").GetString(), first.At("dealRegistration.distributor.name").GetString()));
        Assert.Equal("REJECTED", (await registrations.ReceiveAsync()).At("payload.data.dealRegistrationChanged.kind").GetString());

        foreach (var account in new[] { "Alpha Industries", "Delta School" })
            await Client.MutateAsync("logActivity", "activity { id }", new { accountId = Known.Id(account), type = "CALL", occurredAt = "2026-11-26T08:00:00Z", summary = $"Call {account}" });
        Assert.Equal("Call Delta School", (await activities.ReceiveAsync()).At("payload.data.activityLogged.summary").GetString());
        Assert.Null(await activities.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));
    }
}
