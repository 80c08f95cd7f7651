using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Health;

/// <summary>
/// The two signals that look back in time, on the known dataset (clock from 2026-11-27 08:00 UTC, moved by days, so
/// the sweeps tick daily). Alpha Industries (C, an ADVOCATE, never visited or reviewed) starts at 100 - 15 - 10 = 75.
/// </summary>
public sealed class HealthTrendSignalTests : KnownDataTest
{
    public HealthTrendSignalTests()
    {
        foreach (var sweep in new[] { "Health:SweepInterval", "Service:EscalationSweepInterval", "Service:SatisfactionSweepInterval", "Tiers:ExpirySweepInterval" })
            Factory.Settings[$"GraphKam:{sweep}"] = "1.00:00:00";
    }

    private async Task<string> Health()
    {
        var health = (await Client.DataAsync("""
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
            """, new { id = Known.Id("Alpha Industries") })).At("account.health");
        return $"{health.GetProperty("score").GetInt32()} {health.GetProperty("band").GetString()}: " + string.Join(", ",
            health.GetProperty("reasons").EnumerateArray().Select(r => $"{r.GetProperty("signal").GetString()} ({r.GetProperty("detail").GetString()})"));
    }

    private async Task Survey(string contact, double score)
    {
        var payload = await Client.MutateAsync("recordSatisfaction", "satisfactionSurvey { id }",
            new { accountId = Known.Id("Alpha Industries"), contactId = contact, score, channel = "PHONE" });
        Assert.Empty(GraphQLClient.ErrorTypes(payload));
    }

    [Fact]
    public async Task A_fall_in_satisfaction_or_loyalty_lowers_the_score_and_says_by_how_much()
    {
        var contact = (await Client.MutateAsync("addContact", "contact { id }", new { accountId = Known.Id("Alpha Industries"), name = "Buyer" }))
            .At("contact.id").GetString()!;
        await Survey(contact, 95);
        await Survey(contact, 91);
        Factory.Clock.Advance(TimeSpan.FromDays(100));
        await Survey(contact, 88); // 93 → 88: a fall of 5 points, the threshold
        Assert.StartsWith("60 WATCH: VISIT_OVERDUE (", await Health(), StringComparison.Ordinal);
        Assert.Contains("SATISFACTION_DROP (Satisfaction fell from 93.0 to 88.0 (the last 90 days against the 90 before).)", await Health(),
            StringComparison.Ordinal);

        var version = (await Client.DataAsync("query($id: ID!) { account(id: $id) { version } }", new { id = Known.Id("Alpha Industries") }))
            .At("account.version").GetInt32();
        var moved = await Client.MutateAsync("updateAccount", "account { loyaltyStage }", new
        {
            id = Known.Id("Alpha Industries"),
            version,
            loyaltyStage = "REPEAT_PURCHASE",
            loyaltyStageReason = "Bought the rival's switches",
        });
        Assert.Empty(GraphQLClient.ErrorTypes(moved));
        var fallen = await Health();
        Assert.StartsWith("50 WATCH: ", fallen, StringComparison.Ordinal);
        Assert.EndsWith("LOYALTY_FALL (The loyalty stage fell from ADVOCATE to REPEAT_PURCHASE.)", fallen, StringComparison.Ordinal);

        // Both look back a while only: 181 days on, the fall is old news and the answers left both periods.
        Factory.Clock.Advance(TimeSpan.FromDays(181));
        var later = await Health();
        Assert.DoesNotContain("LOYALTY_FALL", later, StringComparison.Ordinal);
        Assert.DoesNotContain("SATISFACTION_DROP", later, StringComparison.Ordinal);
    }
}
