using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Products;

/// <summary>
/// What an account uses: written by its owner, its active team members and managers; counted into
/// <c>productsInUse</c>, which regrades the account; never read by partners.
/// </summary>
public sealed class AccountProductTests : ProductTestBase
{
    private static List<string> Codes(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? []
            : [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];

    [Fact]
    public async Task The_first_row_replaces_the_entered_figure_and_regrades_the_account()
    {
        // alpha beta Bank, China Mobile grading: revenue 900,000.50 of 1,000,000 × 35 = 31.5; IT revenue 90,000.05 of
        // 300,000 × 30 = 9.0; employees 20,000 (capped at 10,000) × 20 = 20; products 20 of 20 × 15 = 15: 75.5, A1 (≥ 70).
        Assert.Equal((20, "A1"), (await AccountAsync("alpha beta Bank")) is var a ? (a.ProductsInUse, a.Tier) : default);
        var cloud = await ProductAsync("MC-ECS", family: "Mobile cloud");
        var added = await AddUseAsync("alpha beta Bank", cloud, client: Li);
        Assert.Empty(ErrorTypes(added));
        // One product of 20 × 15 = 0.75: 61.25, A2 (≥ 50).
        var after = await AccountAsync("alpha beta Bank");
        Assert.Equal((1, "A2", 2, "MC-ECS"), (after.ProductsInUse, after.Tier, after.Version, after.Codes));
        var history = await Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Account { tierHistory(first: 5) { nodes { toCode reason } } } } }
            """, new { id = Known.Id("alpha beta Bank") });
        var change = history.At("node.tierHistory.nodes")[0];
        Assert.Equal(("A2", "products in use changed"), (change.GetProperty("toCode").GetString(), change.GetProperty("reason").GetString()));

        // A day later, ending it recounts: none in use now, 60.5, still A2; the row stays as history.
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        var ended = await Client.MutateAsync("endAccountProduct", UseSelection,
            new { id = added.At("accountProduct.id").GetString(), version = 1 });
        Assert.Empty(ErrorTypes(ended));
        var none = await AccountAsync("alpha beta Bank");
        Assert.Equal((0, "A2", 3, ""), (none.ProductsInUse, none.Tier, none.Version, none.Codes));
        Assert.Equal("MC-ECS", (await AccountAsync("alpha beta Bank", includeEnded: true)).Codes);
        // An account without rows keeps the figure entered on it, and it may be set by hand; with rows it is counted.
        Assert.Equal(3, (await AccountAsync("Alpha Industries")).ProductsInUse);
        Assert.Empty(Codes(await Client.MutateAsync("updateAccount", "account { productsInUse }",
            new { id = Known.Id("Alpha Industries"), version = 1, productsInUse = 4 })));
        var byHand = await Client.MutateAsync("updateAccount", "account { productsInUse } errors { ... on Error { message } }",
            new { id = Known.Id("alpha beta Bank"), version = 3, productsInUse = 20, name = "alpha beta Bank renamed" });
        Assert.Equal(["DERIVED_FIGURE"], Codes(byHand));
        Assert.Contains("addAccountProduct", byHand.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 3), (await AccountAsync("alpha beta Bank")) is var kept ? (kept.ProductsInUse, kept.Version) : default);
    }

    [Fact]
    public async Task The_owner_and_team_members_write_rows_colleagues_and_partners_do_not()
    {
        var video = await ProductAsync("CV-MEET", family: "Cloud video");
        var idc = await ProductAsync("IDC-RACK", family: "IDC hosting");
        var before = await AccountAsync("alpha beta Bank");
        // Zhao is not on Li's account's team: refused, nothing changed.
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await RunAsync(Zhao, "addAccountProduct",
            new { accountId = Known.Id("alpha beta Bank"), productId = video, monthlyValue = 1m })).ErrorCodes);
        Assert.Equal(before, await AccountAsync("alpha beta Bank"));

        Assert.Empty(ErrorTypes(await Li.MutateAsync("addAccountTeamMember", "accountTeamMember { id }",
            new { accountId = Known.Id("alpha beta Bank"), userId = Known.UserId("Zhao Min"), role = "SOLUTION_ENGINEER" })));
        // As a member Zhao records products, and the account's figure and tiers follow though he may not change the account.
        var zhaos = await AddUseAsync("alpha beta Bank", video, client: Zhao);
        Assert.Empty(ErrorTypes(zhaos));
        Assert.Empty(ErrorTypes(await AddUseAsync("alpha beta Bank", idc, client: Li)));
        Assert.Equal((2, "A2"), (await AccountAsync("alpha beta Bank")) is var a ? (a.ProductsInUse, a.Tier) : default);
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(ErrorTypes(await Zhao.MutateAsync("endAccountProduct", UseSelection,
            new { id = zhaos.At("accountProduct.id").GetString(), version = 1 })));
        Assert.Equal(1, (await AccountAsync("alpha beta Bank")).ProductsInUse);

        // A partner that sees the account reads the catalogue, never what the account uses, and writes nothing.
        var created = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Product Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var distributor = created.At("distributor.id").GetString()!;
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }",
            new { accountId = Known.Id("alpha beta Bank"), distributorId = distributor });
        var partner = Factory.Logins.ClientAs(Roles.Partner, GlobalId.ParseKey(distributor, "Distributor"));
        Assert.Equal(2, (await partner.DataAsync("{ products { totalCount } }")).At("products.totalCount").GetInt32());
        var rows = await partner.PostAsync("query($id: ID!) { node(id: $id) { ... on Account { name products { id } } } }",
            new { id = Known.Id("alpha beta Bank") });
        Assert.Contains("AUTH_NOT_AUTHORIZED", rows.ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await RunAsync(partner, "addAccountProduct",
            new { accountId = Known.Id("alpha beta Bank"), productId = video, monthlyValue = 1m })).ErrorCodes);
        await using var db = Factory.Db();
        Assert.Equal(2, db.AccountProducts.Count(p => p.AccountId == Known.Ids["alpha beta Bank"]));
    }

    [Fact]
    public async Task Bad_input_is_a_typed_error_and_changes_nothing()
    {
        var cloud = await ProductAsync("MC-ECS", family: "Mobile cloud");
        var old = await ProductAsync("MC-OLD", family: "Mobile cloud", active: false);
        var first = await AddUseAsync("Alpha Industries", cloud, since: "2026-01-01T00:00:00Z");
        Assert.Empty(ErrorTypes(first));
        var before = await AccountAsync("Alpha Industries", includeEnded: true);

        Assert.Equal(["ACCOUNT_NOT_FOUND"], Codes(await Client.MutateAsync("addAccountProduct", UseSelection,
            new { accountId = GlobalId.Encode("Account", 9_999), productId = cloud, monthlyValue = 1m })));
        Assert.Equal(["ACCOUNT_ARCHIVED"], Codes(await AddUseAsync("Zulu Archived", cloud)));
        Assert.Equal(["PRODUCT_NOT_FOUND"], Codes(await AddUseAsync("Alpha Industries", GlobalId.Encode("Product", 9_999))));
        Assert.Equal(["PRODUCT_INACTIVE"], Codes(await AddUseAsync("Alpha Industries", old)));
        Assert.Equal(["DUPLICATE_ACCOUNT_PRODUCT"], Codes(await AddUseAsync("Alpha Industries", cloud, since: "2025-06-01T00:00:00Z")));
        Assert.Equal(["DATE_OUT_OF_RANGE"], Codes(await AddUseAsync("Delta School", cloud, since: "1999-12-31T00:00:00Z")));
        Assert.Equal(["OUT_OF_RANGE"], Codes(await AddUseAsync("Delta School", cloud, monthlyValue: -1m)));

        var id = first.At("accountProduct.id").GetString();
        async Task<List<string>> End(object input) => Codes(await Client.MutateAsync("endAccountProduct", UseSelection, input));
        Assert.Equal(["STALE_VERSION"], await End(new { id, version = 2 }));
        Assert.Equal(["UNTIL_BEFORE_SINCE"], await End(new { id, version = 1, until = "2025-12-31T00:00:00Z" }));
        Assert.Equal(["DATE_OUT_OF_RANGE"], await End(new { id, version = 1, until = "2101-01-01T00:00:00Z" }));
        Assert.Equal(["ACCOUNT_PRODUCT_NOT_FOUND"], await End(new { id = GlobalId.Encode("AccountProduct", 9_999), version = 1 }));
        Assert.Equal(before, await AccountAsync("Alpha Industries", includeEnded: true));

        // Ended, it cannot end again; after its end the same product may be used anew.
        Assert.Empty(await End(new { id, version = 1, until = "2026-06-01T00:00:00Z" }));
        Assert.Equal(["ACCOUNT_PRODUCT_ENDED"], await End(new { id, version = 2 }));
        Assert.Empty(ErrorTypes(await AddUseAsync("Alpha Industries", cloud, since: "2026-07-01T00:00:00Z")));
    }
}
