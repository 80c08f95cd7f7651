using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Identity;

/// <summary>
/// The two demo partners, signed in with their passwords: each sees its own distributor's data and nothing of the
/// other's, through every Node type, lists, analytics, mutations and subscriptions; another partner's record answers
/// exactly as a missing one.
/// </summary>
public sealed class PartnerIsolationTests : IAsyncLifetime
{
    private readonly GraphKamFactory _factory = new();
    private GraphQLClient _partner1 = null!, _partner2 = null!, _director = null!;
    private int _p1, _p2;

    public async Task InitializeAsync()
    {
        _director = _factory.Client();
        await _director.DataAsync("{ __typename }");
        _partner1 = await _factory.Logins.SignInAsync("partner1@demo.graphkam");
        _partner2 = await _factory.Logins.SignInAsync("partner2@demo.graphkam");
        await using var db = _factory.Db();
        _p1 = (await db.Logins.SingleAsync(l => l.Email == "partner1@demo.graphkam")).DistributorId!.Value;
        _p2 = (await db.Logins.SingleAsync(l => l.Email == "partner2@demo.graphkam")).DistributorId!.Value;
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>One record of each Node type that belongs to partner 2 (or to the company) and not to partner 1.</summary>
    private async Task<Dictionary<string, string>> NotPartner1sAsync()
    {
        await using var db = _factory.Db();
        bool LinkedTo(Account a, int d) => a.Distributors.Any(x => x.Id == d) || a.Opportunities.Any(o => o.DistributorId == d);
        var accounts = await db.Accounts.Include(a => a.Distributors).Include(a => a.Opportunities).AsSplitQuery().ToListAsync();
        var account = accounts.Where(a => LinkedTo(a, _p2) && !LinkedTo(a, _p1)).OrderBy(a => a.Id).First().Id;
        var hidden = accounts.Where(a => !LinkedTo(a, _p1)).Select(a => a.Id).ToHashSet();
        var ids = new Dictionary<string, string>
        {
            ["Distributor"] = GlobalId.Encode("Distributor", _p2),
            ["Account"] = GlobalId.Encode("Account", account),
            ["Opportunity"] = GlobalId.Encode("Opportunity", await db.Opportunities.Where(o => o.DistributorId == _p2).Select(o => o.Id).FirstAsync()),
            ["Scorecard"] = GlobalId.Encode("Scorecard", await db.Scorecards.Where(s => s.DistributorId == _p2).Select(s => s.Id).FirstAsync()),
            ["User"] = GlobalId.Encode("User", await db.People.Where(p => p.Email == "director@demo.graphkam").Select(p => p.Id).FirstAsync()),
        };
        var contact = (await db.Contacts.Select(c => new { c.Id, c.AccountId }).ToListAsync()).First(c => hidden.Contains(c.AccountId)).Id;
        ids["Contact"] = GlobalId.Encode("Contact", contact);
        ids["Activity"] = GlobalId.Encode("Activity", (await db.Activities.Select(e => new { e.Id, e.AccountId }).ToListAsync()).First(e => hidden.Contains(e.AccountId)).Id);
        ids["TierChange"] = GlobalId.Encode("TierChange", (await db.TierChanges.Select(t => new { t.Id, t.AccountId }).ToListAsync()).First(t => hidden.Contains(t.AccountId)).Id);
        ids["RolePlan"] = GlobalId.Encode("RolePlan", (await db.RolePlans.Select(p => new { p.Id, p.Contact!.AccountId }).ToListAsync()).First(p => hidden.Contains(p.AccountId)).Id);
        if (await db.DealRegistrations.Where(r => r.DistributorId != _p1).Select(r => (int?)r.Id).FirstOrDefaultAsync() is { } registration)
            ids["DealRegistration"] = GlobalId.Encode("DealRegistration", registration);
        if (await db.ChannelConflicts.Where(c => c.DistributorId != _p1 && c.OtherDistributorId != _p1).Select(c => (int?)c.Id).FirstOrDefaultAsync() is { } conflict)
            ids["ChannelConflict"] = GlobalId.Encode("ChannelConflict", conflict);
        return ids;
    }

    [Fact]
    public async Task Another_partners_records_answer_as_missing_through_node_and_nodes()
    {
        var ids = await NotPartner1sAsync();
        Assert.True(ids.Count >= 10, string.Join(", ", ids.Keys));
        foreach (var (type, id) in ids)
        {
            var seen = await _director.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
            Assert.Equal(id, seen.At("node.id").GetString()); // the control: it exists
            var hidden = await _partner1.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
            Assert.True(hidden.Data.At("node").ValueKind == JsonValueKind.Null, $"{type} {id} is visible to partner 1");
            // Exactly what a record that does not exist answers (null, as in HotChocolate, and no error): nothing
            // tells the two apart.
            var missingId = GlobalId.Encode(type, 999_999);
            var missing = await _partner1.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = missingId });
            Assert.Empty(hidden.Errors);
            Assert.Equal(missing.Text, hidden.Text);
        }
        var many = await _partner1.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = ids.Values.ToArray() });
        Assert.All(many.Data.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
        Assert.Empty(many.Errors);

        // Its own records are there: the filters hide others', not everything.
        var own = await _partner2.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = new[] { ids["Distributor"], ids["Opportunity"], ids["Scorecard"], ids["Account"] } });
        Assert.All(own.GetProperty("nodes").EnumerateArray(), n => Assert.NotEqual(JsonValueKind.Null, n.ValueKind));
    }

    [Fact]
    public async Task Lists_nested_fields_and_analytics_hold_only_the_partners_data()
    {
        await using var db = _factory.Db();
        var mine = await db.Opportunities.CountAsync(o => o.DistributorId == _p1);
        var data = await _partner1.DataAsync("""
            { opportunities { totalCount nodes { distributor { id } } }
              distributors { totalCount }
              dealRegistrations { nodes { distributor { id } } }
              users { totalCount }
              me { roles distributor { id } }
              funnel { count } }
            """);
        Assert.Equal(mine, data.At("opportunities.totalCount").GetInt32());
        Assert.All(data.At("opportunities.nodes").EnumerateArray(), o => Assert.Equal(GlobalId.Encode("Distributor", _p1), o.At("distributor.id").GetString()));
        Assert.Equal(1, data.At("distributors.totalCount").GetInt32());
        Assert.All(data.At("dealRegistrations.nodes").EnumerateArray(), r => Assert.Equal(GlobalId.Encode("Distributor", _p1), r.At("distributor.id").GetString()));
        Assert.Equal(1, data.At("users.totalCount").GetInt32()); // only themselves
        Assert.Equal(GlobalId.Encode("Distributor", _p1), data.At("me.distributor.id").GetString());

        // The funnel counts exactly what the director counts for this partner's deals.
        var open = await db.Opportunities.CountAsync(o => o.DistributorId == _p1 && o.Status == OpportunityStatus.Open);
        var director = await _director.DataAsync("""
            query($d: ID!) {
                funnel(where: { distributor: { id: { eq: $d } } }) {
                    count
                }
            }
            """, new { d = GlobalId.Encode("Distributor", _p1) });
        Assert.Equal(director.GetProperty("funnel").EnumerateArray().Select(s => s.GetProperty("count").GetInt32()),
            data.GetProperty("funnel").EnumerateArray().Select(s => s.GetProperty("count").GetInt32()));
        Assert.True(open > 0);
    }

    [Fact]
    public async Task Another_partners_records_cannot_be_changed()
    {
        var ids = await NotPartner1sAsync();
        await using var before = _factory.Db();
        var opportunity = await before.Opportunities.FirstAsync(o => o.Id == GlobalId.ParseKey(ids["Opportunity"], "Opportunity"));

        var update = await _partner1.PostAsync("""
            mutation($input: UpdateOpportunityInput!) {
                updateOpportunity(input: $input) {
                    opportunity {
                        id
                    }
                    errors {
                        __typename
                    }
                }
            }
            """,
            new { input = new { id = ids["Opportunity"], version = opportunity.Version, name = "taken over" } });
        Assert.Equal(["OpportunityNotFoundError"], update.Data.At("updateOpportunity.errors").Strings("__typename"));

        var distributor = await _partner1.PostAsync("""
            mutation($input: UpdateDistributorInput!) {
                updateDistributor(input: $input) {
                    errors {
                        __typename
                    }
                }
            }
            """,
            new { input = new { id = ids["Distributor"], version = 1, name = "taken over" } });
        Assert.Equal(["DistributorNotFoundError"], distributor.Data.At("updateDistributor.errors").Strings("__typename"));

        var deal = await _partner1.PostAsync("""
            mutation($input: CreateOpportunityInput!) {
                createOpportunity(input: $input) {
                    errors {
                        __typename
                    }
                }
            }
            """,
            new { input = new { accountId = ids["Account"], name = "poached", amount = 1000 } });
        Assert.Equal(["AccountNotFoundError"], deal.Data.At("createOpportunity.errors").Strings("__typename"));

        await using var after = _factory.Db();
        Assert.Equal(opportunity.Name, (await after.Opportunities.FirstAsync(o => o.Id == opportunity.Id)).Name);
        Assert.False(await after.Distributors.AnyAsync(d => d.Name == "taken over"));
        Assert.False(await after.Opportunities.AnyAsync(o => o.Name == "poached"));
    }

    [Fact]
    public async Task A_partner_hears_only_of_its_own_opportunities()
    {
        await using var db = _factory.Db();
        var theirs = await db.Opportunities.Where(o => o.DistributorId == _p2 && o.Status == OpportunityStatus.Open).FirstAsync();
        var mine = await db.Opportunities.Where(o => o.DistributorId == _p1 && o.Status == OpportunityStatus.Open).FirstAsync();
        var token = _partner1.Http.DefaultRequestHeaders.Authorization!.Parameter;
        await using var socket = await GraphQLSocket.OpenAsync(_factory, payload: new { Authorization = $"Bearer {token}" });
        await socket.SubscribeAsync("s", "subscription { opportunityChanged { opportunity { id } } }");
        await _factory.SubscribersAsync(OpportunityChanged.Topic, 1);

        foreach (var deal in new[] { theirs, mine })
            await _director.DataAsync("""
                mutation($input: UpdateOpportunityInput!) {
                    updateOpportunity(input: $input) {
                        opportunity {
                            id
                        }
                    }
                }
                """,
                new { input = new { id = GlobalId.Encode("Opportunity", deal.Id), version = deal.Version, name = deal.Name + " (revised)" } });
        Assert.Equal(GlobalId.Encode("Opportunity", mine.Id), (await socket.ReceiveAsync()).At("payload.data.opportunityChanged.opportunity.id").GetString());
        Assert.Null(await socket.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_partner_hears_of_activities_only_on_accounts_it_can_see()
    {
        var ids = await NotPartner1sAsync();
        var visible = (await _partner1.DataAsync("{ accounts(first: 1) { nodes { id } } }")).At("accounts.nodes")[0].GetProperty("id").GetString();
        var token = _partner1.Http.DefaultRequestHeaders.Authorization!.Parameter;
        await using var all = await GraphQLSocket.OpenAsync(_factory, payload: new { Authorization = $"Bearer {token}" });
        await all.SubscribeAsync("all", "subscription { activityLogged { account { id } } }");
        await using var aimed = await GraphQLSocket.OpenAsync(_factory, payload: new { Authorization = $"Bearer {token}" });
        await aimed.SubscribeAsync("aimed", """
            subscription($a: ID) {
                activityLogged(accountId: $a) {
                    account {
                        id
                    }
                }
            }
            """, new { a = ids["Account"] });
        await _factory.SubscribersAsync(GraphKam.Server.Activities.ActivityLogged.Topic, 2);

        foreach (var account in new[] { ids["Account"], visible })
            await _director.DataAsync("""
                mutation($input: LogActivityInput!) {
                    logActivity(input: $input) {
                        activity {
                            id
                        }
                    }
                }
                """,
                new { input = new { accountId = account, type = "CALL", summary = "a call", occurredAt = "2026-11-20T10:00:00Z" } });
        Assert.Equal(visible, (await all.ReceiveAsync()).At("payload.data.activityLogged.account.id").GetString());
        Assert.Null(await all.TryReceiveAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Null(await aimed.TryReceiveAsync(TimeSpan.FromMilliseconds(300))); // another partner's account: silence, as for a missing one
    }
}
