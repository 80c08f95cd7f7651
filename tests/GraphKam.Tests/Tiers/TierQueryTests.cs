using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Tiers;

/// <summary>
/// Tiers of the known dataset, computed by hand (china-mobile: revenue 35/1M, IT 30/300k, employees 20/10k, products 15/20):
/// alpha beta Bank 75.5 → A1; 中国电信集团 90 → A1; Bravo 9.65 → C, strategic → A2; Echo 2.35 → C, strategic → A2;
/// 中国电信新疆分公司 21.75 → B2; 中国电信四川分公司 18.5 → B2; Alpha Industries 6.5 → C; Delta School 2.495 → C.
/// </summary>
public sealed class TierQueryTests(KnownDataFixture fixture) : IClassFixture<KnownDataFixture>
{
    private Task<System.Text.Json.JsonElement> Data(string query, object? variables = null) => fixture.Client.DataAsync(query, variables);

    private async Task<List<string>> Names(string where) =>
        (await Data($"{{ accounts(where: {where}) {{ nodes {{ name }} }} }}")).At("accounts.nodes").Strings("name").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Accounts_carry_their_tier_and_score_in_each_policy()
    {
        var account = (await Data("""
            query($id: ID!) { account(id: $id) { tier { code rank name serviceStandard { visitIntervalDays dedicatedManager benefits } }
              valueScore stars: tier(policy: "icbc-stars") { code } points: valueScore(policy: "icbc-stars") measures { key value } } }
            """, new { id = fixture.Data.Id("alpha beta Bank") })).GetProperty("account");
        Assert.Equal("A1", account.At("tier.code").GetString());
        Assert.Equal(1, account.At("tier.rank").GetInt32());
        Assert.Equal(30, account.At("tier.serviceStandard.visitIntervalDays").GetInt32());
        Assert.True(account.At("tier.serviceStandard.dedicatedManager").GetBoolean());
        Assert.Equal(75.5, account.GetProperty("valueScore").GetDouble());
        Assert.Equal("4", account.At("stars.code").GetString());
        Assert.Equal(38_200, account.GetProperty("points").GetDouble());
        Assert.Equal(["cardSpend", "investmentVolume", "settlementVolume"], account.GetProperty("measures").Strings("key"));
    }

    [Fact]
    public async Task The_explanation_shows_each_metric_and_the_rule_that_lifted_the_tier()
    {
        var explanation = (await Data("""
            query($id: ID!) {
                account(id: $id) {
                    tierExplanation {
                        score
                        scoredTier {
                            code
                        }
                        tier {
                            code
                        }
                        appliedRule {
                            atLeastTier strategic
                        }
                        manualOverride {
                            reason
                        }
                        contributions {
                            metric {
                                measure
                            }
                            value points capped
                        }
                    }
                }
            }
            """,
            new { id = fixture.Data.Id("Bravo Éclair Power") })).At("account.tierExplanation");
        Assert.Equal(9.65, explanation.GetProperty("score").GetDouble());
        Assert.Equal("C", explanation.At("scoredTier.code").GetString());
        Assert.Equal("A2", explanation.At("tier.code").GetString());
        Assert.Equal("A2", explanation.At("appliedRule.atLeastTier").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, explanation.GetProperty("manualOverride").ValueKind);
        Assert.Equal([4.2, 1.2, 2, 2.25], explanation.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("points").GetDouble()));
    }

    [Fact]
    public async Task Filtering_by_tier_is_SQL_through_the_generic_filter()
    {
        Assert.Equal(new[] { "alpha beta Bank", "中国电信集团有限公司", "Bravo Éclair Power", "Echo Gov Bureau" }.Order(StringComparer.Ordinal),
            await Names("{ tier: { code: { in: [\"A1\", \"A2\"] } } }"));
        Assert.Equal(new[] { "中国电信新疆分公司", "中国电信四川分公司" }.Order(StringComparer.Ordinal), await Names("{ tier: { rank: { eq: 4 } } }"));
        Assert.Equal(["Bravo Éclair Power", "Echo Gov Bureau"], await Names("{ tier: { computedCode: { eq: \"A2\" }, overridden: { eq: false } } }"));
        Assert.Equal(["中国电信集团有限公司"], await Names("{ tiers: { some: { policy: { key: { eq: \"icbc-stars\" } }, code: { eq: \"6\" } } } }"));
        Assert.Equal(["alpha beta Bank", "中国电信集团有限公司"], await Names("{ measures: { some: { key: { eq: \"cardSpend\" }, value: { gt: 50000 } } } }"));
        Assert.Equal(["中国电信集团有限公司"], await Names("{ tier: { score: { gte: 80 } } }"));
    }

    [Fact]
    public async Task Sorting_by_tier_rank()
    {
        var names = (await Data("""
            {
                accounts(order: [{ tier: { rank: ASC } }, { name: ASC }]) {
                    nodes {
                        name
                        tier {
                            code
                        }
                    }
                }
            }
            """))
            .At("accounts.nodes").EnumerateArray().Select(n => n.At("tier.code").GetString()).ToList();
        Assert.Equal(["A1", "A1", "A2", "A2", "B2", "B2", "C", "C"], names);
    }

    [Fact]
    public async Task The_distribution_counts_accounts_and_revenue_per_tier()
    {
        var buckets = (await Data("""
            {
                tierDistribution {
                    tier {
                        code
                    }
                    accountCount accountShare revenue share
                }
            }
            """)).GetProperty("tierDistribution").EnumerateArray().ToList();
        Assert.Equal(["A1", "A2", "B1", "B2", "C"], buckets.Select(b => b.At("tier.code").GetString()));
        Assert.Equal([2, 2, 0, 2, 2], buckets.Select(b => b.GetProperty("accountCount").GetInt32()));
        Assert.Equal([2_900_000.50m, 120_000m, 0m, 550_000m, 51_000m], buckets.Select(b => b.GetProperty("revenue").GetDecimal()));
        Assert.Equal(2_900_000.50 / 3_621_000.50, buckets[0].GetProperty("share").GetDouble(), 9);
        Assert.Equal(0.25, buckets[0].GetProperty("accountShare").GetDouble());

        var stars = (await Data("{ tierDistribution(policy: \"icbc-stars\", where: { region: { eq: \"Beijing\" } }) { tier { code } accountCount } }"))
            .GetProperty("tierDistribution").EnumerateArray().Select(b => b.GetProperty("accountCount").GetInt32());
        Assert.Equal([0, 1, 0, 0, 2], stars); // Beijing: the telecom head office (6 stars), Alpha Industries and Echo Gov Bureau (3 stars)
    }

    [Fact]
    public async Task Revenue_concentration_of_the_top_accounts()
    {
        var top = (await Data("""
            { revenueConcentration { accountCount totalAccounts accountShare revenue totalRevenue revenueShare
                tiers { tier { code } accountCount } accounts { totalCount nodes { name } } } }
            """)).GetProperty("revenueConcentration");
        Assert.Equal(2, top.GetProperty("accountCount").GetInt32());   // 20 % of 8, rounded up
        Assert.Equal(8, top.GetProperty("totalAccounts").GetInt32());
        Assert.Equal(2_900_000.50m, top.GetProperty("revenue").GetDecimal());
        Assert.Equal(3_621_000.50m, top.GetProperty("totalRevenue").GetDecimal());
        Assert.Equal(2_900_000.50 / 3_621_000.50, top.GetProperty("revenueShare").GetDouble(), 9);
        Assert.Equal(["中国电信集团有限公司", "alpha beta Bank"], top.At("accounts.nodes").Strings("name")); // biggest first
        Assert.Equal(2, top.At("tiers").EnumerateArray().First().GetProperty("accountCount").GetInt32());

        var half = (await Data("""
            {
                revenueConcentration(topPercent: 50, where: { industry: { eq: TELECOM } }) {
                    accountCount revenue
                    accounts {
                        nodes {
                            name
                        }
                    }
                }
            }
            """))
            .GetProperty("revenueConcentration");
        Assert.Equal(2, half.GetProperty("accountCount").GetInt32());   // 50 % of the 3 telecom accounts
        Assert.Equal(2_300_000m, half.GetProperty("revenue").GetDecimal());
        Assert.Equal(["中国电信集团有限公司", "中国电信新疆分公司"], half.At("accounts.nodes").Strings("name"));
    }

    [Theory]
    [InlineData("{ revenueConcentration(topPercent: 0) { accountCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ revenueConcentration(topPercent: 101) { accountCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ tierDistribution(policy: \"nope\") { accountCount } }", "TIER_POLICY_NOT_FOUND")]
    [InlineData("{ accounts(first: 1) { nodes { tier(policy: \"nope\") { code } } } }", "TIER_POLICY_NOT_FOUND")]
    public async Task Bad_view_arguments_get_a_coded_error(string query, string code) =>
        Assert.Contains(code, (await fixture.Client.PostAsync(query)).ErrorCodes);

    [Fact]
    public async Task Policies_list_the_default_first_with_their_definitions()
    {
        var policies = (await Data("""
            {
                tierPolicies {
                    key isDefault
                    metrics {
                        measure weight unitSize normaliseAt
                    }
                    tiers {
                        code rank minScore
                    }
                    overrides {
                        atLeastTier strategic
                    }
                }
            }
            """))
            .GetProperty("tierPolicies").EnumerateArray().ToList();
        Assert.Equal(["china-mobile", "icbc-stars"], policies.Select(p => p.GetProperty("key").GetString()));
        Assert.True(policies[0].GetProperty("isDefault").GetBoolean());
        Assert.Equal(["7", "6", "5", "4", "3"], policies[1].GetProperty("tiers").Strings("code"));
        Assert.Equal(10_000, policies[1].GetProperty("metrics")[1].GetProperty("unitSize").GetDouble());
        Assert.Equal("A2", policies[0].GetProperty("overrides")[0].GetProperty("atLeastTier").GetString());
    }

    [Fact]
    public async Task Tier_lookups_are_batched()
    {
        fixture.Factory.Sql.Clear();
        await Data("{ accounts { nodes { tier { code } valueScore stars: tier(policy: \"icbc-stars\") { code } measures { key } } } }");
        // page; default policy + its assignments; icbc policy + its assignments; measures
        Assert.Equal(6, fixture.Factory.Sql.Commands.Count);
    }
}
