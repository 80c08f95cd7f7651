using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Tiers;

/// <summary>Each test gets its own server over the graded known dataset (see <see cref="TierQueryTests"/> for its tiers).</summary>
public sealed class TierMutationTests : KnownDataTest
{
    private Task<JsonElement> Mutate(string mutation, string selection, object input) => Client.MutateAsync(mutation, selection, input);

    private async Task<(string Tier, List<(string? From, string To, string Reason)> History)> TierOf(string name, string? policy = null)
    {
        var account = (await Client.DataAsync("""
            query($id: ID!, $p: String) {
                account(id: $id) {
                    tier(policy: $p) {
                        code
                    }
                    tierHistory(policy: $p) {
                        nodes {
                            fromCode toCode reason
                        }
                    }
                }
            }
            """,
            new { id = Known.Id(name), p = policy })).GetProperty("account");
        var history = account.At("tierHistory.nodes").EnumerateArray()
            .Select(h => (h.GetProperty("fromCode").GetString(), h.GetProperty("toCode").GetString()!, h.GetProperty("reason").GetString()!)).ToList();
        return (account.At("tier.code").GetString()!, history);
    }

    [Fact]
    public async Task An_override_puts_the_account_in_the_tier_until_it_expires()
    {
        var expires = Factory.Clock.GetUtcNow().AddHours(1);
        var payload = await Mutate("overrideAccountTier", "account { tier { code } tierExplanation { manualOverride { tier { code } reason expiresAt setBy } } }",
            new { accountId = Known.Id("Delta School"), tierCode = "A1", reason = "Framework agreement signed", expiresAt = expires });
        Assert.Empty(ErrorTypes(payload));
        Assert.Equal("A1", payload.At("account.tier.code").GetString());
        Assert.Equal("Framework agreement signed", payload.At("account.tierExplanation.manualOverride.reason").GetString());
        Assert.EndsWith("@test.graphkam", payload.At("account.tierExplanation.manualOverride.setBy").GetString()); // the signed-in director

        // The override wins over re-grading, and filters see it.
        await Mutate("recomputeTiers", "recomputation { tierChanges }", new { });
        Assert.Contains("Delta School", (await Client.DataAsync("""
            {
                accounts(where: { tier: { overridden: { eq: true } } }) {
                    nodes {
                        name
                    }
                }
            }
            """)).At("accounts.nodes").Strings("name"));
        Assert.Equal("A1", (await TierOf("Delta School")).Tier);

        // Time passes: the expiry sweep (on the server's clock) ends it.
        Factory.Clock.Advance(TimeSpan.FromHours(2));
        // The tier and its history are separate statements of one read, so a read racing the sweep's commit can
        // see the new tier with the history before it: wait for both.
        var (tier, history) = await Eventually(() => TierOf("Delta School"), t => t.Tier == "C" && t.History.Count == 3);
        Assert.Equal(("A1", "C", "override expired"), history[0]);                       // newest first
        Assert.Equal(("C", "A1", "manual override: Framework agreement signed"), history[1]);
        Assert.Equal((null, "C", "initial grading"), history[2]);
    }

    [Fact]
    public async Task Clearing_an_override_lets_the_score_decide_again()
    {
        await Mutate("overrideAccountTier", "account { id }", new { accountId = Known.Id("alpha beta Bank"), policy = "icbc-stars", tierCode = "7", reason = "VIP" });
        Assert.Equal("7", (await TierOf("alpha beta Bank", "icbc-stars")).Tier);
        var cleared = await Mutate("clearTierOverride", "account { stars: tier(policy: \"icbc-stars\") { code } }", new { accountId = Known.Id("alpha beta Bank"), policy = "icbc-stars" });
        Assert.Equal("4", cleared.At("account.stars.code").GetString());
        Assert.Equal(("7", "4", "override cleared"), (await TierOf("alpha beta Bank", "icbc-stars")).History[0]);
        Assert.Equal("A1", (await TierOf("alpha beta Bank")).Tier); // the other policy is untouched
    }

    [Fact]
    public async Task Bad_overrides_are_refused_and_change_nothing()
    {
        var past = Factory.Clock.GetUtcNow().AddMinutes(-1);
        var payload = await Mutate("overrideAccountTier", "account { id }",
            new { accountId = Known.Id("Delta School"), tierCode = "Z9", reason = "  ", expiresAt = past });
        Assert.Equal(["UnknownTierError", "RequiredValueError", "ExpiryNotInFutureError"], ErrorTypes(payload));
        Assert.Equal(["TierPolicyNotFoundError"], ErrorTypes(await Mutate("overrideAccountTier", "account { id }",
            new { accountId = Known.Id("Delta School"), policy = "nope", tierCode = "A1", reason = "x" })));
        Assert.Equal(["AccountArchivedError"], ErrorTypes(await Mutate("overrideAccountTier", "account { id }",
            new { accountId = Known.Id("Zulu Archived"), tierCode = "A1", reason = "x" })));
        Assert.Equal(["InvalidIdError"], ErrorTypes(await Mutate("clearTierOverride", "account { id }", new { accountId = Known.UserId("Zhao Min") })));
        var (tier, history) = await TierOf("Delta School");
        Assert.Equal("C", tier);
        Assert.Equal([(null, "C", "initial grading")], history);
    }

    [Fact]
    public async Task Changing_an_accounts_measures_or_metrics_re_grades_it()
    {
        var payload = await Mutate("updateAccount", "account { stars: tier(policy: \"icbc-stars\") { code } points: valueScore(policy: \"icbc-stars\") measures { key value } }",
            new { id = Known.Id("alpha beta Bank"), version = 1, measures = new object[] { new { key = "cardSpend", value = 3_000_000m }, new { key = "settlementVolume", value = (decimal?)null } } });
        Assert.Equal(24_600 + 120_000, payload.At("account.points").GetDouble()); // card 300 units × 400; settlement removed
        Assert.Equal("5", payload.At("account.stars.code").GetString());
        Assert.Equal(["cardSpend", "investmentVolume"], payload.At("account.measures").Strings("key"));
        Assert.Equal(("4", "5", "account changed"), (await TierOf("alpha beta Bank", "icbc-stars")).History[0]);

        await Mutate("updateAccount", "account { id }", new { id = Known.Id("Delta School"), version = 1, monthlyRevenue = 2_000_000m, monthlyItRevenue = 400_000m });
        Assert.Equal(("C", "A2", "account changed"), (await TierOf("Delta School")).History[0]); // 35 + 30 + 0.2 + 2.25 = 67.45
    }

    [Fact]
    public async Task Invalid_measures_are_refused()
    {
        var payload = await Mutate("updateAccount", "account { id }", new
        {
            id = Known.Id("Delta School"),
            version = 1,
            measures = new object[] { new { key = "Card Spend", value = 1m }, new { key = "employees", value = 1m }, new { key = "x", value = -1m }, new { key = "x", value = 2m } },
        });
        Assert.Equal(["DuplicateMeasureError", "InvalidMeasureKeyError", "InvalidMeasureKeyError", "NegativeMetricError"], ErrorTypes(payload));
    }

    [Fact]
    public async Task A_created_account_is_graded_at_once()
    {
        var payload = await Mutate("createAccount", "account { tier { code } stars: tier(policy: \"icbc-stars\") { code } }", new
        {
            name = "新账户",
            industry = "MILITARY",
            region = "Xinjiang",
            strategic = true,
            measures = new object[] { new { key = "cardSpend", value = 400_000m } },
        });
        Assert.Equal("A2", payload.At("account.tier.code").GetString());   // strategic
        Assert.Equal("4", payload.At("account.stars.code").GetString());   // 40 × 400 = 16,000 ≥ 15,000
    }

    [Fact]
    public async Task Recompute_records_only_the_tiers_that_moved()
    {
        await using (var db = Factory.Db())
            await db.Accounts.Where(a => a.Name == "Alpha Industries").ExecuteUpdateAsync(set => set.SetProperty(a => a.MonthlyRevenue, 1_000_000m));
        var first = await Mutate("recomputeTiers", "recomputation { accountsScored tierChanges policies { key } }", new { policy = "china-mobile" });
        Assert.Equal(8, first.At("recomputation.accountsScored").GetInt32());
        Assert.Equal(1, first.At("recomputation.tierChanges").GetInt32());
        Assert.Equal(("C", "B1", "recompute"), (await TierOf("Alpha Industries")).History[0]); // 35 + 0.5 + 2 + 2.25 = 39.75
        var again = await Mutate("recomputeTiers", "recomputation { accountsScored tierChanges policies { key } }", new { });
        Assert.Equal(16, again.At("recomputation.accountsScored").GetInt32()); // both policies
        Assert.Equal(0, again.At("recomputation.tierChanges").GetInt32());
        Assert.Equal(["TierPolicyNotFoundError"], ErrorTypes(await Mutate("recomputeTiers", "recomputation { tierChanges }", new { policy = "nope" })));
    }

    private static readonly object[] TwoTiers =
    [
        new { code = "GOLD", name = "Gold", minScore = 1000.0, visitIntervalDays = 30, responseHours = 4, dedicatedManager = true, reviewIntervalDays = 90, benefits = new[] { "Lounge" } },
        new { code = "SILVER", name = "Silver", minScore = 0.0, visitIntervalDays = 90, responseHours = 24, reviewIntervalDays = 180 },
    ];

    [Fact]
    public async Task A_new_policy_grades_every_account_and_can_become_the_default()
    {
        var created = await Mutate("createTierPolicy", "tierPolicy { id key isDefault version tiers { code rank } }", new
        {
            key = "headcount",
            name = "Headcount",
            isDefault = true,
            metrics = new[] { new { measure = "employees", label = "Employees", weight = 1.0 } },
            tiers = TwoTiers,
        });
        Assert.Empty(ErrorTypes(created));
        Assert.Equal([1, 2], created.At("tierPolicy.tiers").EnumerateArray().Select(t => t.GetProperty("rank").GetInt32()));
        var policies = (await Client.DataAsync("{ tierPolicies { key isDefault } }")).GetProperty("tierPolicies").EnumerateArray().ToList();
        Assert.Equal(["headcount"], policies.Where(p => p.GetProperty("isDefault").GetBoolean()).Select(p => p.GetProperty("key").GetString()));
        // The default policy is now headcount: Alpha Industries (1,000 employees) is GOLD, Delta School (100) SILVER.
        Assert.Equal("GOLD", (await TierOf("Alpha Industries")).Tier);
        Assert.Equal("SILVER", (await TierOf("Delta School")).Tier);
        Assert.Equal(["GOLD", "GOLD"], (await Client.DataAsync("{ accounts(where: { name: { startsWith: \"中国电信\" }, tier: { code: { eq: \"GOLD\" } } }, first: 2) { nodes { tier { code } } } }"))
            .At("accounts.nodes").EnumerateArray().Select(n => n.At("tier.code").GetString()));

        var updated = await Mutate("updateTierPolicy", "tierPolicy { version tiers { code minScore } }", new
        {
            id = created.At("tierPolicy.id").GetString(),
            version = 1,
            tiers = new object[] { new { code = "GOLD", name = "Gold", minScore = 5000.0, visitIntervalDays = 30, responseHours = 4, reviewIntervalDays = 90 }, TwoTiers[1] },
        });
        Assert.Empty(ErrorTypes(updated));
        Assert.Equal(2, updated.At("tierPolicy.version").GetInt32());
        Assert.Equal(("GOLD", "SILVER", "policy updated"), (await TierOf("Alpha Industries")).History[0]);
    }

    [Fact]
    public async Task Policy_validation_errors_reach_the_client_and_save_nothing()
    {
        var payload = await Mutate("createTierPolicy", "tierPolicy { id }", new
        {
            key = "China Mobile",
            name = "",
            isDefault = false,
            metrics = new object[] { new { measure = "employees", label = "E", weight = 1.0, unitSize = 10.0, normaliseAt = 100.0 } },
            tiers = new object[] { TwoTiers[1], TwoTiers[0], TwoTiers[0] },
            overrides = new[] { new { atLeastTier = "PLATINUM", strategic = true } },
        });
        Assert.Equal(["InvalidPolicyKeyError", "RequiredValueError", "InvalidMetricError", "DuplicateTierCodeError", "TierThresholdsNotOrderedError",
            "TierThresholdsNotOrderedError", "UnknownOverrideTierError"], ErrorTypes(payload));
        Assert.Equal(["NoTiersError"], ErrorTypes(await Mutate("createTierPolicy", "tierPolicy { id }",
            new { key = "empty", name = "Empty", metrics = Array.Empty<object>(), tiers = Array.Empty<object>() })));
        Assert.Equal(["DuplicatePolicyKeyError"], ErrorTypes(await Mutate("createTierPolicy", "tierPolicy { id }",
            new { key = "icbc-stars", name = "Again", metrics = Array.Empty<object>(), tiers = TwoTiers })));
        Assert.Equal(2, (await Client.DataAsync("{ tierPolicies { key } }")).GetProperty("tierPolicies").GetArrayLength());
    }

    [Fact]
    public async Task The_only_default_cannot_be_unset_and_a_stale_version_is_refused()
    {
        var policy = (await Client.DataAsync("{ tierPolicy { id version } }")).GetProperty("tierPolicy");
        var id = policy.GetProperty("id").GetString();
        Assert.Equal(["DefaultPolicyRequiredError"], ErrorTypes(await Mutate("updateTierPolicy", "tierPolicy { id }", new { id, version = 1, isDefault = false })));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Mutate("updateTierPolicy", "tierPolicy { id }", new { id, version = 9, name = "x" })));
        Assert.Equal(["TierPolicyNotFoundError"], ErrorTypes(await Mutate("updateTierPolicy", "tierPolicy { id }", new { id = "VGllclBvbGljeTo5OTk=", version = 1 })));
        var renamed = await Mutate("updateTierPolicy", "tierPolicy { name isDefault }", new { id, version = 1, name = "China Mobile (renamed)" });
        Assert.Equal("China Mobile (renamed)", renamed.At("tierPolicy.name").GetString());
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var value = await read();
            if (done(value) || attempt == 50) return value;
            await Task.Delay(100);
        }
    }
}
