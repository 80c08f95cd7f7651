using System.Collections.Concurrent;
using System.Text.Json;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// Shared subscription answers seen from outside: a subscription given another's answer must get what it would have
/// computed itself at the moment its event reached it.
/// </summary>
public sealed class SharedAnswerProbeTests : KnownDataTest
{
    private const string SichuanFunnel = "funnelChanged(where: { account: { region: { eq: \"Sichuan\" } } }) { stage { key } count }";

    private Task<JsonElement> Create(string account, string name) =>
        Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id(account), name, amount = 1_000m });

    private static string Steps(JsonElement funnel) =>
        string.Join(", ", funnel.EnumerateArray().Select(s => $"{s.At("stage.key").GetString()}={s.GetProperty("count").GetInt32()}"));

    [Fact]
    public async Task A_held_back_funnel_is_current_when_it_is_sent_also_when_another_tab_of_the_session_ran_that_event_earlier()
    {
        // Tab B has just been sent a funnel, so its next one waits for the interval; tab A (same login, same
        // subscription) has not, so it gets the next change's funnel at once.
        await using var b = await GraphQLSocket.OpenAsync(Factory);
        await b.SubscribeAsync("s", $"subscription {{ {SichuanFunnel} }}");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        await Create("Delta School", "first");
        await b.ReceiveAsync();
        await using var a = await GraphQLSocket.OpenAsync(Factory);
        await a.SubscribeAsync("s", $"subscription {{ {SichuanFunnel} }}");
        await Factory.SubscribersAsync(OpportunityChanged.Topic, 2);

        await Create("Delta School", "second");
        var sentToA = Steps((await a.ReceiveAsync()).At("payload.data.funnelChanged"));
        Assert.Null(await b.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));

        // Meanwhile Delta School moves out of Sichuan: its deals leave this funnel (no opportunity changed, no event).
        var version = (await Client.DataAsync($"{{ account(id: \"{Known.Id("Delta School")}\") {{ version }} }}")).At("account.version").GetInt32();
        var moved = await Client.MutateAsync("updateAccount", "account { region }", new { id = Known.Id("Delta School"), version, region = "Beijing" });
        Assert.Equal("Beijing", moved.At("account.region").GetString());

        Factory.Clock.Advance(FunnelSubscriptions.FunnelInterval);
        var sentToB = Steps((await b.ReceiveAsync()).At("payload.data.funnelChanged"));
        var now = Steps((await Client.DataAsync("{ funnel(where: { account: { region: { eq: \"Sichuan\" } } }) { stage { key } count } }")).GetProperty("funnel"));
        Assert.NotEqual(sentToA, now); // the move did change this funnel
        // Before shared answers B read the funnel when its timer fired; sharing hands it A's, read a second earlier,
        // and nothing follows to correct it ("the latest wins, so a subscriber always ends up current" no longer holds).
        Assert.Equal(now, sentToB);
    }

    [Fact]
    public async Task The_answer_key_holds_the_partners_data_scope_not_the_scope_of_nobody()
    {
        using var factory = new ScopeReadingFactory();
        await using (var db = factory.Db())
            factory.Distributor = db.Distributors.OrderBy(d => d.Id).Select(d => d.Id).First();
        var token = await factory.Logins.TokenAsync(Roles.Partner, factory.Distributor);
        await using var socket = await GraphQLSocket.OpenAsync(factory, payload: new { Authorization = $"Bearer {token}" });
        await socket.SubscribeAsync("s", "subscription { opportunityChanged { kind } }");
        await factory.SubscribersAsync(OpportunityChanged.Topic, 1);
        // The executor writes the data scope into the answer key; asked before it knows who runs the operation, the
        // scope is nobody's ("all"), so the key's scope part says nothing (harmless only while claims decide scope).
        Assert.Equal([$"partner:{factory.Distributor}"], factory.Read.Distinct());
    }

    private sealed class ScopeReadingFactory : GraphKamFactory
    {
        public ConcurrentBag<ReadScope> Scopes { get; } = [];
        public int Distributor { get; set; }

        /// <summary>The keys read in the scopes of the partner's operations.</summary>
        public IEnumerable<string> Read => Scopes.Where(s => s.ForPartner).SelectMany(s => s.Read);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped<IDataScope>(provider =>
            {
                var scope = new ReadScope(provider.GetRequiredService<AccessScope>(), provider.GetRequiredService<CurrentPrincipal>());
                Scopes.Add(scope);
                return scope;
            }));
        }
    }

    /// <summary>The keys asked for in one DI scope, and who that scope's operation ran for in the end.</summary>
    private sealed class ReadScope(AccessScope scope, CurrentPrincipal principal) : IDataScope
    {
        public ConcurrentQueue<string> Read { get; } = new();
        public bool ForPartner => principal.User?.IsInRole(Roles.Partner) == true;

        public string Key
        {
            get
            {
                var key = scope.Key;
                Read.Enqueue(key);
                return key;
            }
        }

        public bool Restricted => scope.Restricted;
    }
}
