using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Distributors;

/// <summary>Creating and changing partners, every validation rule, the hierarchy, and the data conventions on them.</summary>
public sealed class DistributorTests : ChannelScenario
{
    private async Task<List<string>> CreateErrors(object input) =>
        ErrorTypes(await Client.MutateAsync("createDistributor", "distributor { id }", input));

    [Fact]
    public async Task Creating_reports_every_problem_and_stores_nothing()
    {
        Assert.Equal(["RequiredValueError", "InvalidCommissionRateError", "InvalidContractPeriodError", "TerritoryRequiredError"], await CreateErrors(new
        {
            name = " ",
            kind = "REGIONAL_EXCLUSIVE",
            model = "AGENT",
            commissionRate = 1.5,
            contractStart = "2026-06-01T00:00:00Z",
            contractEnd = "2026-01-01T00:00:00Z",
        }));
        Assert.Equal(["InvalidCommissionRateError"], await CreateErrors(new { name = "X", kind = "AUTHORIZED", commissionRate = 0.1, contractStart = "2026-01-01T00:00:00Z" }));
        Assert.Equal(["TerritoryRequiredError"], await CreateErrors(new { name = "X", kind = "INDUSTRY_AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" }));
        Assert.Equal(["ParentRequiredError"], await CreateErrors(new { name = "X", kind = "SECOND_TIER", contractStart = "2026-01-01T00:00:00Z" }));
        Assert.Equal(["InvalidIdError"], await CreateErrors(new { name = "X", kind = "SECOND_TIER", parentId = Known.Id("Delta School"), contractStart = "2026-01-01T00:00:00Z" }));
        await using var db = Factory.Db();
        Assert.Equal(0, await db.Distributors.CountAsync());
    }

    [Fact]
    public async Task A_valid_partner_is_stored_as_given()
    {
        await Partner("成都联讯代理", "AUTHORIZED", new
        {
            model = "AGENT",
            commissionRate = 0.08,
            regions = new[] { " Sichuan", "sichuan", "Chongqing" },
            industries = new[] { "EDUCATION", "EDUCATION" },
            contractEnd = "2028-12-31T00:00:00Z"
        });
        var data = await Client.DataAsync("""
            query($id: ID!) {
                distributor(id: $id) {
                    name kind model commissionRate level regions industries status contractStart contractEnd version
                    parent {
                        id
                    }
                    children {
                        id
                    }
                }
            }
            """,
            new { id = Partners["成都联讯代理"] });
        var partner = data.GetProperty("distributor");
        Assert.Equal(("AGENT", 0.08, 1, "ACTIVE", 1), (partner.GetProperty("model").GetString(), partner.GetProperty("commissionRate").GetDouble(),
            partner.GetProperty("level").GetInt32(), partner.GetProperty("status").GetString(), partner.GetProperty("version").GetInt32()));
        Assert.Equal(["Sichuan", "Chongqing"], partner.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["EDUCATION"], partner.GetProperty("industries").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("2028-12-31T00:00:00Z", partner.GetProperty("contractEnd").GetString());
    }

    [Fact]
    public async Task The_hierarchy_has_two_levels_and_never_loops()
    {
        var north = await Partner("华北总代", "REGIONAL_EXCLUSIVE", new { regions = new[] { "Beijing" } });
        var south = await Partner("华南分销", "AUTHORIZED", new { regions = new[] { "Guangdong" } });
        var child = await Partner("北京二级", "SECOND_TIER", new { parentId = north, regions = new[] { "Beijing" } });
        await Partner("北京二级乙", "SECOND_TIER", new { parentId = north });

        Assert.Equal(["ParentNotFirstTierError"], await CreateErrors(new { name = "三级", kind = "SECOND_TIER", parentId = child, contractStart = "2026-01-01T00:00:00Z" }));
        Assert.Equal(["ParentNotAllowedError"], await CreateErrors(new { name = "X", kind = "AUTHORIZED", parentId = north, contractStart = "2026-01-01T00:00:00Z" }));
        Assert.Equal(["DistributorNotFoundError"], await CreateErrors(new { name = "X", kind = "SECOND_TIER", parentId = "RGlzdHJpYnV0b3I6OTk5", contractStart = "2026-01-01T00:00:00Z" }));
        async Task<List<string>> Update(string id, object fields) => ErrorTypes(await Client.MutateAsync("updateDistributor", "distributor { id }", Input(new { id, version = 1 }, fields)));
        Assert.Equal(["DistributorCycleError"], await Update(south, new { kind = "SECOND_TIER", parentId = south }));   // itself
        Assert.Equal(["DistributorCycleError", "HasSecondTierPartnersError"], await Update(north, new { kind = "SECOND_TIER", parentId = child })); // its own partner
        Assert.Equal(["HasSecondTierPartnersError"], await Update(north, new { kind = "SECOND_TIER", parentId = south }));

        var tree = await Client.DataAsync("""
            { firstTier: distributors(where: { parentId: { eq: null } }) { nodes { name level children { name level parent { name } } } }
              underNorth: distributors(where: { parent: { name: { eq: "华北总代" } } }) { totalCount }
              withPartners: distributors(where: { children: { any: true } }) { nodes { name } } }
            """);
        Assert.Equal(["华北总代", "华南分销"], tree.At("firstTier.nodes").Strings("name"));
        var children = tree.At("firstTier.nodes")[0].GetProperty("children");
        Assert.Equal(["北京二级", "北京二级乙"], children.Strings("name"));
        Assert.All(children.EnumerateArray(), c => Assert.Equal((2, "华北总代"), (c.GetProperty("level").GetInt32(), c.At("parent.name").GetString())));
        Assert.Equal(2, tree.At("underNorth.totalCount").GetInt32());
        Assert.Equal(["华北总代"], tree.At("withPartners.nodes").Strings("name"));
    }

    [Fact]
    public async Task Updates_need_the_current_version_and_termination_is_final()
    {
        var id = await Partner("成都联讯", "AUTHORIZED");
        var renamed = await Client.MutateAsync("updateDistributor", "distributor { name version }", new { id, version = 1, name = "成都联讯科技" });
        Assert.Equal(("成都联讯科技", 2), (renamed.At("distributor.name").GetString(), renamed.At("distributor.version").GetInt32()));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Client.MutateAsync("updateDistributor", "distributor { name }", new { id, version = 1, name = "Y" })));
        Assert.Equal(["RequiredValueError"], ErrorTypes(await Client.MutateAsync("updateDistributor", "distributor { name }", new { id, version = 2, kind = (string?)null })));
        Assert.Equal(["InvalidCommissionRateError"], ErrorTypes(await Client.MutateAsync("updateDistributor", "distributor { name }", new { id, version = 2, model = "AGENT" })));

        var terminated = await Client.MutateAsync("setDistributorStatus", "distributor { status version }", new { id, status = "TERMINATED", version = 2 });
        Assert.Equal("TERMINATED", terminated.At("distributor.status").GetString());
        Assert.Equal(["DistributorTerminatedError"], ErrorTypes(await Client.MutateAsync("setDistributorStatus", "distributor { status }", new { id, status = "ACTIVE", version = 3 })));
        Assert.Equal(["DistributorTerminatedError"], ErrorTypes(await Client.MutateAsync("updateDistributor", "distributor { name }", new { id, version = 3, name = "Z" })));
    }

    [Fact]
    public async Task Distributors_filter_and_sort_through_the_conventions()
    {
        await Partner("A 北京代理", "AUTHORIZED", new { model = "AGENT", commissionRate = 0.1, regions = new[] { "Beijing", "Tianjin" } });
        await Partner("B 四川教育", "INDUSTRY_AUTHORIZED", new { regions = new[] { "Sichuan" }, industries = new[] { "EDUCATION" } });
        await Partner("C 全国电力", "GENERAL_EXCLUSIVE", new { industries = new[] { "POWER" } });
        await Partner("D 上海代理", "PROJECT", new { model = "AGENT", commissionRate = 0.05, regions = new[] { "Shanghai" } });
        await Assign("B 四川教育", "Delta School");

        async Task<List<string>> Names(string arguments) =>
            (await Client.DataAsync($"{{ distributors({arguments}) {{ nodes {{ name }} }} }}")).At("distributors.nodes").Strings("name");
        Assert.Equal(["A 北京代理"], await Names("where: { regions: { some: { eq: \"Tianjin\" } } }"));
        Assert.Equal(["A 北京代理", "D 上海代理"], await Names("where: { or: [{ regions: { some: { startsWith: \"bei\" } } }, { model: { eq: AGENT } }] }"));
        Assert.Equal(["A 北京代理", "C 全国电力", "D 上海代理"], await Names("where: { regions: { none: { eq: \"Sichuan\" } } }"));
        Assert.Equal(["A 北京代理"], await Names("where: { regions: { all: { in: [\"Beijing\", \"Tianjin\"] }, any: true } }"));
        Assert.Equal(["C 全国电力"], await Names("where: { regions: { any: false } }"));
        Assert.Equal(["B 四川教育", "C 全国电力"], await Names("where: { industries: { some: { in: [EDUCATION, POWER] } } }"));
        Assert.Equal(["B 四川教育"], await Names("where: { accounts: { some: { name: { eq: \"Delta School\" } } } }"));
        Assert.Equal(["D 上海代理", "A 北京代理"], await Names("where: { commissionRate: { gt: 0 } }, order: [{ commissionRate: ASC }]"));
        Assert.Equal(["C 全国电力", "A 北京代理", "B 四川教育", "D 上海代理"], await Names("order: [{ kind: ASC }]"));
        Assert.Equal(["D 上海代理", "C 全国电力"], await Names("order: [{ name: DESC }], first: 2"));
    }

    [Fact]
    public async Task Lists_of_partners_make_a_constant_number_of_statements()
    {
        var parent = await Partner("P0", "AUTHORIZED", new { regions = new[] { "Beijing" } });
        for (var i = 1; i <= 12; i++) await Partner($"P{i:00}", "SECOND_TIER", new { parentId = parent });
        async Task<int> Statements(int first)
        {
            Factory.Sql.Clear();
            await Client.DataAsync($"{{ distributors(first: {first}) {{ nodes {{ name parent {{ name }} children {{ name }} accounts {{ totalCount }} latestScorecard {{ rank }} }} }} }}");
            return Factory.Sql.Commands.Count;
        }
        Assert.Equal(await Statements(2), await Statements(13));
    }
}
