using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Distributors;

/// <summary>Each standing conflict rule: found by the mutation that causes it, cleared when it stops holding, and resolved by people.</summary>
public sealed class ChannelConflictTests : ChannelScenario
{
    [Fact]
    public async Task Direct_sales_on_an_account_a_distributor_serves()
    {
        await Partner("北京联讯", "AUTHORIZED", new { regions = new[] { "Beijing" } });
        var deal = await Client.MutateAsync("createOpportunity", "opportunity { id version }", new { accountId = Known.Id("Alpha Industries"), name = "专线", amount = 50_000m, route = "INSIDE" });
        Assert.Empty(await Conflicts()); // nobody serves the account yet

        await Assign("北京联讯", "Alpha Industries");
        Assert.Equal([("DIRECT_VS_CHANNEL", "OPEN")], await Conflicts());
        var conflict = (await Client.DataAsync("""
            {
                channelConflicts {
                    nodes {
                        description
                        account {
                            name
                        }
                        opportunity {
                            name
                        }
                        distributor {
                            name
                        }
                    }
                }
            }
            """)).At("channelConflicts.nodes")[0];
        Assert.Equal(("Alpha Industries", "专线", "北京联讯"), (conflict.At("account.name").GetString(), conflict.At("opportunity.name").GetString(), conflict.At("distributor.name").GetString()));
        Assert.Contains("inside sales work '专线' (50,000 yuan)", conflict.GetProperty("description").GetString());

        // Losing the direct deal clears the conflict; reopening it brings the same conflict back.
        var id = deal.At("opportunity.id").GetString();
        await Client.MutateAsync("closeOpportunity", "opportunity { id }", new { id, won = false, lossReason = "给渠道 Left to the channel", version = 1 });
        Assert.Equal([("DIRECT_VS_CHANNEL", "CLEARED")], await Conflicts());
        await Client.MutateAsync("reopenOpportunity", "opportunity { id }", new { id, version = 2 });
        Assert.Equal([("DIRECT_VS_CHANNEL", "OPEN")], await Conflicts());
        // A new direct deal on a served account is flagged when it is created.
        await Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Alpha Industries"), name = "大单", amount = 5_000_000m });
        Assert.Equal(2, (await Conflicts("where: { status: { eq: OPEN }, kind: { eq: DIRECT_VS_CHANNEL } }")).Count);
        // A channel deal is no conflict.
        await Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Alpha Industries"), name = "渠道单", amount = 5_000m });
        Assert.Equal(2, (await Conflicts()).Count);
    }

    [Fact]
    public async Task Two_exclusive_distributors_on_the_same_ground()
    {
        var first = await Partner("江苏独家", "REGIONAL_EXCLUSIVE", new { regions = new[] { "Jiangsu" } });
        await Partner("浙江独家", "REGIONAL_EXCLUSIVE", new { regions = new[] { "Zhejiang" } });
        await Partner("江苏授权", "AUTHORIZED", new { regions = new[] { "Jiangsu" } }); // not exclusive: no conflict
        Assert.Empty(await Conflicts());
        var second = await Partner("江浙独家", "REGIONAL_EXCLUSIVE", new { regions = new[] { "Zhejiang", "jiangsu" }, industries = new[] { "ENTERPRISE" } });
        Assert.Equal([("DISTRIBUTOR_OVERLAP", "OPEN"), ("DISTRIBUTOR_OVERLAP", "OPEN")], await Conflicts());
        var overlap = await Client.DataAsync("query($id: ID!) { channelConflicts(where: { otherDistributor: { id: { eq: $id } }, distributor: { name: { eq: \"江苏独家\" } } }) { nodes { description } } }", new { id = second });
        Assert.Equal("江苏独家 and 江浙独家 are both exclusive in Jiangsu for Enterprise.", overlap.At("channelConflicts.nodes")[0].GetProperty("description").GetString());

        // Narrowing the territory clears one; suspending the partner clears the other.
        await Client.MutateAsync("updateDistributor", "distributor { id }", new { id = second, version = 1, regions = new[] { "Zhejiang" } });
        Assert.Equal(["CLEARED", "OPEN"], (await Conflicts()).Select(c => c.Status).Order());
        await Client.MutateAsync("setDistributorStatus", "distributor { id }", new { id = first, status = "SUSPENDED", version = 1 });
        await Client.MutateAsync("setDistributorStatus", "distributor { id }", new { id = second, status = "SUSPENDED", version = 2 });
        Assert.All(await Conflicts(), c => Assert.Equal("CLEARED", c.Status));
    }

    [Fact]
    public async Task A_distributor_working_outside_its_territory()
    {
        await Partner("四川教育", "INDUSTRY_AUTHORIZED", new { regions = new[] { "Sichuan" }, industries = new[] { "EDUCATION" } });
        await Assign("四川教育", "Delta School"); // Sichuan, education: inside
        Assert.Empty(await Conflicts());
        await Assign("四川教育", "中国电信四川分公司"); // Sichuan, but telecom
        await Assign("四川教育", "Alpha Industries"); // Beijing, enterprise
        Assert.Equal(2, (await Conflicts("where: { kind: { eq: TERRITORY_BREACH }, status: { eq: OPEN } }")).Count);

        // A channel deal outside the territory is a breach too, even without an assignment.
        await Client.MutateAsync("unassignDistributor", "assignment { assignedAt }", new { accountId = Known.Id("Alpha Industries"), distributorId = Partners["四川教育"] });
        Assert.Single(await Conflicts("where: { status: { eq: OPEN } }"));
        await Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Echo Gov Bureau"), name = "跨区", amount = 9_000m, distributorId = Partners["四川教育"] });
        var open = await Client.DataAsync("""
            {
                channelConflicts(where: { status: { eq: OPEN } }, order: [{ account: { name: ASC } }]) {
                    nodes {
                        account {
                            name
                        }
                    }
                }
            }
            """);
        Assert.Equal(["Echo Gov Bureau", "中国电信四川分公司"], open.At("channelConflicts.nodes").EnumerateArray().Select(n => n.At("account.name").GetString()));
        Assert.Equal(["NotAssignedError"], ErrorTypes(await Client.MutateAsync("unassignDistributor", "assignment { assignedAt }",
            new { accountId = Known.Id("Alpha Industries"), distributorId = Partners["四川教育"] })));
    }

    [Fact]
    public async Task Resolving_a_conflict()
    {
        await Partner("北京联讯", "AUTHORIZED", new { regions = new[] { "Sichuan" } });
        await Assign("北京联讯", "Alpha Industries");
        var conflict = (await Client.DataAsync("{ channelConflicts { nodes { id version } } }")).At("channelConflicts.nodes")[0];
        var id = conflict.GetProperty("id").GetString();
        Assert.Equal(["RequiredValueError"], ErrorTypes(await Client.MutateAsync("resolveConflict", "conflict { id }", new { id, resolution = "  ", version = 1 })));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Client.MutateAsync("resolveConflict", "conflict { id }", new { id, resolution = "ok", version = 7 })));
        Assert.Equal(["InvalidIdError"], ErrorTypes(await Client.MutateAsync("resolveConflict", "conflict { id }", new { id = Partners["北京联讯"], resolution = "ok", version = 1 })));

        var resolved = await Client.MutateAsync("resolveConflict", "conflict { status resolution resolvedAt resolvedBy version }",
            new { id, resolution = "北京联讯 keeps the account under a special agreement", version = 1 });
        Assert.Equal(("RESOLVED", "2026-11-27T08:00:00Z", 2), (resolved.At("conflict.status").GetString(), resolved.At("conflict.resolvedAt").GetString(), resolved.At("conflict.version").GetInt32()));
        Assert.Equal(["ConflictNotOpenError"], ErrorTypes(await Client.MutateAsync("resolveConflict", "conflict { id }", new { id, resolution = "again", version = 2 })));

        // A decided conflict stays decided when the rules run again.
        await Client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = Known.Id("Alpha Industries"), name = "渠道单", amount = 5_000m });
        Assert.Equal([("TERRITORY_BREACH", "RESOLVED")], await Conflicts());
    }
}
