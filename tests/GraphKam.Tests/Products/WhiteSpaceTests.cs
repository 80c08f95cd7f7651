using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Products;

/// <summary><c>AccountPlan.whiteSpaceProducts</c>: the active catalogue the plan's account does not use now.</summary>
public sealed class WhiteSpaceTests : ProductTestBase
{
    [Fact]
    public async Task White_space_is_the_active_catalogue_the_account_does_not_use_now_by_family_and_name()
    {
        var ecs = await ProductAsync("MC-ECS", family: "Mobile cloud", name: "Elastic cloud servers");
        await ProductAsync("MC-OSS", family: "Mobile cloud", name: "Object storage");
        await ProductAsync("MC-OLD", family: "Mobile cloud", name: "Archive storage", active: false);
        await ProductAsync("IDC-RACK", family: "IDC hosting", name: "Rack hosting");
        var wan = await ProductAsync("SDWAN-BR", family: "SD-WAN", name: "Branch interconnect");
        var plan = await Client.MutateAsync("createAccountPlan", "accountPlan { id }", new { accountId = Known.Id("Alpha Industries") });
        var id = plan.At("accountPlan.id").GetString();

        Assert.Empty(GraphQLClient.ErrorTypes(await AddUseAsync("Alpha Industries", ecs)));
        // Used once and ended: white space again.
        var ended = await AddUseAsync("Alpha Industries", wan, since: "2026-01-01T00:00:00Z");
        await Client.MutateAsync("endAccountProduct", "accountProduct { id }",
            new { id = ended.At("accountProduct.id").GetString(), version = 1, until = "2026-06-01T00:00:00Z" });
        // Another account's use does not matter.
        Assert.Empty(GraphQLClient.ErrorTypes(await AddUseAsync("Delta School", ecs)));

        var data = await Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on AccountPlan { whiteSpaceProducts { code } } } }
            """, new { id });
        Assert.Equal(["IDC-RACK", "MC-OSS", "SDWAN-BR"],
            data.At("node.whiteSpaceProducts").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }
}
