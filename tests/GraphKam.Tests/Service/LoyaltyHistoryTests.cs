using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Service;

/// <summary>
/// Loyalty stages as history on the known dataset (whose accounts were stored without one), with the server's clock
/// fixed at 2026-11-27 08:00 UTC.
/// </summary>
public sealed class LoyaltyHistoryTests : KnownDataTest
{
    // An hourly escalation sweep: moving the fake clock by two days then fires dozens of ticks, not thousands.
    public LoyaltyHistoryTests() => Factory.Settings["GraphKam:Service:EscalationSweepInterval"] = "01:00:00";

    private async Task<JsonElement> History(string id) =>
        (await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on Account {
                        version
                        loyaltyHistory {
                            totalCount
                            nodes {
                                fromStage toStage reason changedAt changedBy
                            }
                        }
                    }
                }
            }
            """, new { id })).GetProperty("node");

    private static List<string> Moves(JsonElement account) => account.At("loyaltyHistory.nodes").EnumerateArray()
        .Select(c => $"{c.GetProperty("fromStage")} → {c.GetProperty("toStage").GetString()}: {c.GetProperty("reason")}").ToList();

    private void Hours(double hours) => Factory.Clock.Advance(TimeSpan.FromHours(hours));

    [Fact]
    public async Task Every_change_of_stage_is_recorded_with_its_reason_who_and_when()
    {
        var created = await Client.MutateAsync("createAccount", "account { id }",
            new { name = "Foxtrot Logistics", industry = "ENTERPRISE", region = "Tianjin", loyaltyStage = "EXPECTATION", loyaltyStageReason = "Met at the expo" });
        Assert.Empty(ErrorTypes(created));
        var id = created.At("account.id").GetString()!;
        Hours(1);
        var moved = await Client.MutateAsync("updateAccount", "account { loyaltyStage version }",
            new { id, version = 1, loyaltyStage = "FIRST_PURCHASE", loyaltyStageReason = "  First order signed " });
        Assert.Equal("FIRST_PURCHASE", moved.At("account.loyaltyStage").GetString());
        Hours(1);
        // Other changes, and setting the stage it already has, add nothing.
        Assert.Empty(ErrorTypes(await Client.MutateAsync("updateAccount", "account { id }", new { id, version = 2, name = "Foxtrot Logistics Ltd" })));
        Assert.Empty(ErrorTypes(await Client.MutateAsync("updateAccount", "account { id }", new { id, version = 3, loyaltyStage = "FIRST_PURCHASE" })));
        Assert.Empty(ErrorTypes(await Client.MutateAsync("updateAccount", "account { id }", new { id, version = 4, loyaltyStage = "SUSPICION" })));

        var account = await History(id);
        Assert.Equal(["FIRST_PURCHASE → SUSPICION: ", "EXPECTATION → FIRST_PURCHASE: First order signed", " → EXPECTATION: Met at the expo"], Moves(account));
        var nodes = account.At("loyaltyHistory.nodes");
        Assert.Equal(["2026-11-27T10:00:00Z", "2026-11-27T09:00:00Z", "2026-11-27T08:00:00Z"],
            nodes.EnumerateArray().Select(n => n.GetProperty("changedAt").GetString()));
        Assert.All(nodes.EnumerateArray(), n => Assert.StartsWith("director-", n.GetProperty("changedBy").GetString()));

        // An account manager's own change is theirs.
        var li = Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
        var alpha = Known.Id("Alpha Industries");
        Assert.Empty(ErrorTypes(await li.MutateAsync("updateAccount", "account { id }",
            new { id = alpha, version = 1, loyaltyStage = "REPEAT_PURCHASE", loyaltyStageReason = "Stopped recommending us" })));
        var alphaHistory = await History(alpha);
        Assert.Equal(["ADVOCATE → REPEAT_PURCHASE: Stopped recommending us"], Moves(alphaHistory));
        Assert.StartsWith("account_manager-", alphaHistory.At("loyaltyHistory.nodes")[0].GetProperty("changedBy").GetString());
    }

    [Fact]
    public async Task A_reason_without_a_change_or_too_long_is_refused_and_changes_nothing()
    {
        var alpha = Known.Id("Alpha Industries");
        var without = await Client.DataAsync("""
            mutation($id: ID!) {
                updateAccount(input: { id: $id, version: 1, name: "Alpha Renamed", loyaltyStageReason: "They love us" }) {
                    errors {
                        ... on Error {
                            code
                        }
                    }
                }
            }
            """, new { id = alpha });
        Assert.Equal(["LOYALTY_REASON_WITHOUT_CHANGE"], without.At("updateAccount.errors").Strings("code"));
        Assert.Equal(["LoyaltyReasonWithoutChangeError"], ErrorTypes(await Client.MutateAsync("updateAccount", "account { id }",
            new { id = alpha, version = 1, loyaltyStage = "ADVOCATE", loyaltyStageReason = "Still" })));
        Assert.Equal(["TooLongError"], ErrorTypes(await Client.MutateAsync("updateAccount", "account { id }",
            new { id = alpha, version = 1, loyaltyStage = "SUSPICION", loyaltyStageReason = new string('x', 501) })));
        Assert.Equal(["TooLongError"], ErrorTypes(await Client.MutateAsync("createAccount", "account { id }",
            new { name = "Golf", industry = "OTHER", region = "Beijing", loyaltyStageReason = new string('x', 501) })));

        var account = await History(alpha);
        Assert.Equal((1, 0), (account.GetProperty("version").GetInt32(), account.At("loyaltyHistory.totalCount").GetInt32()));
        await using var db = Factory.Db();
        Assert.False(await db.LoyaltyStageChanges.AnyAsync());
        Assert.False(await db.Accounts.AnyAsync(a => a.Name == "Golf" || a.Name == "Alpha Renamed"));
    }

    [Fact]
    public async Task Transitions_are_counted_by_move_in_a_period_for_the_accounts_selected()
    {
        async Task Move(string account, int version, string stage) => Assert.Empty(ErrorTypes(await Client.MutateAsync("updateAccount",
            "account { id }", new { id = Known.Id(account), version, loyaltyStage = stage })));
        await Move("Alpha Industries", 1, "REPEAT_PURCHASE");   // Beijing
        await Move("alpha beta Bank", 1, "ADVOCATE");           // Shanghai
        await Move("Echo Gov Bureau", 1, "ADVOCATE");           // Beijing
        Hours(48);
        await Move("Delta School", 1, "REPEAT_PURCHASE");       // Sichuan
        await Move("Alpha Industries", 2, "ADVOCATE");
        Assert.Empty(ErrorTypes(await Client.MutateAsync("createAccount", "account { id }",
            new { name = "Hotel Beijing", industry = "OTHER", region = "Beijing", loyaltyStage = "SUSPICION" })));

        var counts = await Client.DataAsync("""
            {
                all: loyaltyTransitions(from: "2026-11-27T00:00:00Z", to: "2026-12-31T00:00:00Z") {
                    from to count
                }
                firstDay: loyaltyTransitions(from: "2026-11-27T00:00:00Z", to: "2026-11-28T00:00:00Z") {
                    from to count
                }
                beijing: loyaltyTransitions(from: "2026-11-27T00:00:00Z", to: "2026-12-31T00:00:00Z", where: { region: { eq: "Beijing" } }) {
                    from to count
                }
            }
            """);
        static List<string> Rows(JsonElement rows) => rows.EnumerateArray()
            .Select(r => $"{r.GetProperty("from")} → {r.GetProperty("to").GetString()}: {r.GetProperty("count").GetInt32()}").ToList();
        Assert.Equal([" → SUSPICION: 1", "FIRST_PURCHASE → REPEAT_PURCHASE: 1", "REPEAT_PURCHASE → ADVOCATE: 3", "ADVOCATE → REPEAT_PURCHASE: 1"],
            Rows(counts.GetProperty("all")));
        Assert.Equal(["REPEAT_PURCHASE → ADVOCATE: 2", "ADVOCATE → REPEAT_PURCHASE: 1"], Rows(counts.GetProperty("firstDay")));
        Assert.Equal([" → SUSPICION: 1", "REPEAT_PURCHASE → ADVOCATE: 2", "ADVOCATE → REPEAT_PURCHASE: 1"], Rows(counts.GetProperty("beijing")));
        var backwards = await Client.PostAsync("""{ loyaltyTransitions(from: "2026-12-01T00:00:00Z", to: "2026-11-01T00:00:00Z") { count } }""");
        Assert.Equal(["INVALID_ARGUMENT"], backwards.ErrorCodes);
    }
}
