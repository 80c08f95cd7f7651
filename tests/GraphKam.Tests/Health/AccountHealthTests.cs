using System.Text.Json;
using GraphKam.Server.Health;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Health;

/// <summary>
/// Account health on the known dataset, clock fixed at 2026-11-27 08:00 UTC, with the opposed-decision-maker weight
/// configured to 30 (the others at their defaults: visit 15, review 10, open complaints 15, breached cases 20).
/// Echo Gov Bureau (A2, never visited or reviewed) starts at 100 - 15 - 10 = 75: HEALTHY, just.
/// </summary>
public sealed class AccountHealthTests : KnownDataTest
{
    public AccountHealthTests()
    {
        Factory.Settings["GraphKam:Health:Weights:OpposedDecisionMaker"] = "30";
        Factory.Settings["GraphKam:Auth:AccessTokenLifetime"] = "1.00:00:00"; // the clock moves by hours
    }

    private async Task<JsonElement> Health(string account) =>
        (await Client.DataAsync("""
            query($id: ID!) {
                account(id: $id) {
                    health {
                        score band
                        reasons {
                            signal weight detail
                        }
                    }
                }
            }
            """, new { id = Known.Id(account) })).At("account.health");

    private static string Summary(JsonElement health) => $"{health.GetProperty("score").GetInt32()} {health.GetProperty("band").GetString()}: "
        + string.Join(", ", health.GetProperty("reasons").EnumerateArray()
            .Select(r => $"{r.GetProperty("signal").GetString()} {r.GetProperty("weight").GetInt32()}"));

    private Task<JsonElement> Mutate(string mutation, string selection, object input) => Client.MutateAsync(mutation, selection, input);

    [Fact]
    public async Task The_score_is_100_less_the_configured_weight_of_each_signal_found_with_its_reason()
    {
        var start = await Health("Echo Gov Bureau");
        Assert.Equal("75 HEALTHY: VISIT_OVERDUE 15, REVIEW_OVERDUE 10", Summary(start));
        Assert.Equal("The relationship review is 535 days overdue.", start.GetProperty("reasons")[1].GetProperty("detail").GetString());

        // An opposed gatekeeper: 45, AT_RISK (below 50). An opposed user does not count.
        await Mutate("addContact", "contact { id }", new
        {
            accountId = Known.Id("Echo Gov Bureau"),
            name = "CFO",
            buyingRole = "FINANCIAL_GATEKEEPER",
            attitude = "OPPONENT",
        });
        await Mutate("addContact", "contact { id }", new { accountId = Known.Id("Echo Gov Bureau"), name = "Clerk", buyingRole = "USER", attitude = "OPPONENT" });
        Assert.Equal("45 AT_RISK: OPPOSED_DECISION_MAKER 30, VISIT_OVERDUE 15, REVIEW_OVERDUE 10", Summary(await Health("Echo Gov Bureau")));

        // A complaint (15) left unanswered past A2's 4 hours (20): 10. A request is no complaint, but is breached too.
        await OpenCase("COMPLAINT");
        await OpenCase("REQUEST");
        Factory.Clock.Advance(TimeSpan.FromHours(5));
        var worst = await Health("Echo Gov Bureau");
        Assert.Equal("10 AT_RISK: OPPOSED_DECISION_MAKER 30, SLA_BREACHED 20, VISIT_OVERDUE 15, OPEN_COMPLAINTS 15, REVIEW_OVERDUE 10",
            Summary(worst));
        Assert.Equal("2 open cases missed their deadline.", worst.GetProperty("reasons")[1].GetProperty("detail").GetString());
    }

    private Task<JsonElement> OpenCase(string kind) => Mutate("openServiceCase", "serviceCase { id }", new
    {
        accountId = Known.Id("Echo Gov Bureau"),
        kind,
        severity = "HIGH",
        channel = "PHONE",
        subject = kind.ToLowerInvariant(),
    });

    [Fact]
    public async Task At_risk_accounts_are_those_below_healthy_least_healthy_first_filtered_in_SQL()
    {
        await Mutate("addContact", "contact { id }", new
        {
            accountId = Known.Id("Echo Gov Bureau"),
            name = "GM",
            buyingRole = "DECISION_MAKER",
            attitude = "OPPONENT",
        });
        var data = await Client.DataAsync("""
            {
                atRiskAccounts(first: 50) {
                    totalCount
                    nodes {
                        score band
                        account {
                            name
                            health {
                                score
                            }
                        }
                    }
                }
                accounts {
                    totalCount
                }
            }
            """);
        var rows = data.At("atRiskAccounts.nodes").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.GetProperty("band").GetString() == "HEALTHY");
        var scores = rows.Select(r => r.GetProperty("score").GetInt32()).ToList();
        Assert.Equal(scores.Order(), scores);
        Assert.Equal("Echo Gov Bureau", rows[0].At("account.name").GetString()); // 45 with the opposed decision maker
        Assert.All(rows, r => Assert.Equal(r.GetProperty("score").GetInt32(), r.At("account.health.score").GetInt32()));

        var atRisk = await Client.DataAsync("""
            {
                atRiskAccounts(where: { band: { eq: AT_RISK }, account: { region: { eq: "Beijing" }, tier: { code: { eq: "A2" } } } }) {
                    nodes {
                        score
                        account {
                            name
                        }
                    }
                }
            }
            """);
        Assert.Equal(["Echo Gov Bureau"], atRisk.At("atRiskAccounts.nodes").EnumerateArray().Select(n => n.At("account.name").GetString()));
    }

    [Fact]
    public async Task A_change_of_band_is_published_once_when_the_watch_sees_it()
    {
        var watch = Factory.Services.GetRequiredService<HealthWatch>();
        Assert.Empty(await watch.SweepAsync(CancellationToken.None)); // the first look only records the bands
        await using var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SubscribeAsync("h", """
            subscription {
                healthChanged(where: { region: { eq: "Beijing" } }) {
                    fromBand toBand score
                    account {
                        name
                    }
                }
            }
            """);
        await Factory.SubscribersAsync(AccountHealthChanged.Topic, 1);
        await Mutate("addContact", "contact { id }", new
        {
            accountId = Known.Id("Echo Gov Bureau"),
            name = "GM",
            buyingRole = "DECISION_MAKER",
            attitude = "OPPONENT",
        });
        var changes = await watch.SweepAsync(CancellationToken.None);
        Assert.Single(changes);
        var message = await socket.ReceiveAsync();
        var change = message.At("payload.data.healthChanged");
        Assert.Equal(("HEALTHY", "AT_RISK", 45, "Echo Gov Bureau"), (change.GetProperty("fromBand").GetString(),
            change.GetProperty("toBand").GetString(), change.GetProperty("score").GetInt32(), change.At("account.name").GetString()));
        Assert.Empty(await watch.SweepAsync(CancellationToken.None)); // recorded: not published twice
    }

    [Fact]
    public async Task A_request_holds_at_most_four_at_risk_lists()
    {
        var five = "{ " + string.Join(" ", Enumerable.Range(0, 5).Select(i => $"a{i}: atRiskAccounts(first: 1) {{ totalCount }}")) + " }";
        Assert.Equal(["COMPLEXITY"], (await Client.PostAsync(five)).ErrorCodes);
        var four = "{ " + string.Join(" ", Enumerable.Range(0, 4).Select(i => $"a{i}: atRiskAccounts(first: 1) {{ totalCount }}")) + " }";
        await Client.DataAsync(four);
    }
}
