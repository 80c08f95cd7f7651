using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Service;

/// <summary>
/// Partner 1 of the demo data and the company's knowledge of its customers: it sees an account's satisfaction figure,
/// but neither records nor reads surveys, targets or loyalty history; it counts loyalty moves only on accounts it sees.
/// </summary>
public sealed class SatisfactionPartnerTests : IAsyncLifetime
{
    private readonly GraphKamFactory _factory = new();
    private GraphQLClient _partner = null!, _director = null!;
    private int _distributor;
    private List<int> _seen = [];

    public async Task InitializeAsync()
    {
        _director = _factory.Client();
        await _director.DataAsync("{ __typename }");
        _partner = await _factory.Logins.SignInAsync("partner1@demo.graphkam");
        await using var db = _factory.Db();
        _distributor = (await db.Logins.SingleAsync(l => l.Email == "partner1@demo.graphkam")).DistributorId!.Value;
        _seen = await db.Accounts.Where(a => a.ArchivedAt == null && (a.Distributors.Any(d => d.Id == _distributor)
                || a.Opportunities.Any(o => o.DistributorId == _distributor)
                || db.DealRegistrations.Any(r => r.AccountId == a.Id && r.DistributorId == _distributor)))
            .Select(a => a.Id).ToListAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_partner_reads_the_figure_but_neither_records_nor_reads_surveys_or_history()
    {
        var mine = GlobalId.Encode("Account", _seen[0]);
        await using var db = _factory.Db();
        var survey = await db.SatisfactionSurveys.Where(s => s.AccountId == _seen[0]).Select(s => new { s.Id, s.ContactId }).FirstAsync();
        var figure = (await _partner.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { satisfaction } } }", new { id = mine }))
            .At("node.satisfaction").GetDouble();
        Assert.Equal(await db.Accounts.Where(a => a.Id == _seen[0]).Select(a => a.Satisfaction).SingleAsync(), figure);

        var count = await db.SatisfactionSurveys.CountAsync();
        var recorded = await _partner.PostAsync("""
            mutation($input: RecordSatisfactionInput!) {
                recordSatisfaction(input: $input) {
                    satisfactionSurvey {
                        id
                    }
                }
            }
            """, new { input = new { accountId = mine, contactId = GlobalId.Encode("Contact", survey.ContactId), score = 100.0, channel = "PORTAL" } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], recorded.ErrorCodes);
        Assert.Equal(count, await db.SatisfactionSurveys.CountAsync());
        foreach (var (document, variables) in new (string, object?)[]
        {
            ("query($id: ID!) { node(id: $id) { ... on Account { satisfactionHistory { month } } } }", new { id = mine }),
            ("query($id: ID!) { node(id: $id) { ... on Account { loyaltyHistory { nodes { reason } } } } }", new { id = mine }),
            ("{ satisfactionOverview { target } }", null),
            ("mutation { setSatisfactionTarget(input: { year: 2027, target: 10 }) { errors { __typename } } }", null),
        })
        {
            var refused = await _partner.PostAsync(document, variables);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes.Distinct());
            Assert.False(refused.HasData && refused.Data.ValueKind == JsonValueKind.Object, refused.Text);
        }
        // A survey on its own account answers as a missing node.
        var node = await _partner.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("SatisfactionSurvey", survey.Id) });
        Assert.Equal(JsonValueKind.Null, node.Data.At("node").ValueKind);
    }

    [Fact]
    public async Task A_partner_counts_loyalty_moves_only_on_accounts_it_sees()
    {
        const string Query = """
            query($where: AccountFilterInput) {
                loyaltyTransitions(from: "2020-01-01T00:00:00Z", where: $where) {
                    from to count
                }
            }
            """;
        static List<string> Rows(JsonElement data) => data.GetProperty("loyaltyTransitions").EnumerateArray()
            .Select(r => $"{r.GetProperty("from")} → {r.GetProperty("to").GetString()}: {r.GetProperty("count").GetInt32()}").ToList();
        var partner = Rows(await _partner.DataAsync(Query));
        var seen = _seen.Select(id => GlobalId.Encode("Account", id)).ToArray();
        var director = Rows(await _director.DataAsync(Query, new { where = new { id = new { @in = seen } } }));
        var everything = Rows(await _director.DataAsync(Query));
        Assert.NotEmpty(partner);
        Assert.Equal(director, partner);
        Assert.NotEqual(everything, partner);

        // A prospect a partner registers starts its history at EXPECTATION.
        var registered = await _partner.MutateAsync("registerDeal", "dealRegistration { account { id } }", new
        {
            distributorId = GlobalId.Encode("Distributor", _distributor),
            newAccount = new { name = "新客户 Loyalty Prospect", industry = "ENTERPRISE", region = "Sichuan" },
            amount = 80_000m,
            description = "Factory network",
        });
        Assert.Empty(ErrorTypes(registered));
        var history = await _director.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on Account {
                        loyaltyHistory {
                            nodes {
                                fromStage toStage reason
                            }
                        }
                    }
                }
            }
            """, new { id = registered.At("dealRegistration.account.id").GetString() });
        var first = history.At("node.loyaltyHistory.nodes")[0];
        Assert.Equal((JsonValueKind.Null, "EXPECTATION", "prospect registered with a deal"),
            (first.GetProperty("fromStage").ValueKind, first.GetProperty("toStage").GetString(), first.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_partner_reaching_a_loyalty_change_by_its_ID_gets_neither_its_reason_nor_its_author()
    {
        await using var db = _factory.Db();
        var change = await db.LoyaltyStageChanges.Where(c => _seen.Contains(c.AccountId)).Select(c => c.Id).FirstAsync();
        var refused = await _partner.PostAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on LoyaltyStageChange {
                        toStage reason changedBy
                    }
                }
            }
            """, new { id = GlobalId.Encode("LoyaltyStageChange", change) });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes.Distinct());
        var staff = await _director.DataAsync("query($id: ID!) { node(id: $id) { ... on LoyaltyStageChange { reason } } }",
            new { id = GlobalId.Encode("LoyaltyStageChange", change) });
        Assert.Equal(JsonValueKind.Object, staff.GetProperty("node").ValueKind);
    }
}
