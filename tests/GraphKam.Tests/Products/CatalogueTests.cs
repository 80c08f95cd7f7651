using GraphKam.GraphQL.Relay;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Products;

/// <summary>The catalogue: managers create and change products; every bad input is a typed error that changes nothing.</summary>
public sealed class CatalogueTests : ProductTestBase
{
    private async Task<string> CatalogueAsync() =>
        (await Client.DataAsync("{ products(first: 50) { nodes { code name family listPrice active version } } }"))
            .At("products.nodes").ToString();

    [Fact]
    public async Task A_manager_creates_and_updates_a_product_and_lists_filter_and_sort()
    {
        var created = await Client.MutateAsync("createProduct", "product { id code name family listPrice active version }",
            new { code = "  SDWAN-BR  ", name = "Branch interconnect", family = "SD-WAN", listPrice = 1_500.456m });
        Assert.Empty(ErrorTypes(created));
        Assert.Equal("SDWAN-BR", created.At("product.code").GetString());          // trimmed
        Assert.Equal(1_500.46m, created.At("product.listPrice").GetDecimal());     // to the fen
        Assert.True(created.At("product.active").GetBoolean());
        var id = created.At("product.id").GetString()!;
        await ProductAsync("IDC-RACK", family: "IDC hosting", name: "Rack hosting");
        await ProductAsync("IDC-BW", family: "IDC hosting", name: "Dedicated bandwidth", active: false);

        var updated = await Client.MutateAsync("updateProduct", "product { listPrice active version }",
            new { id, version = 1, listPrice = 1_200m, active = false });
        Assert.Empty(ErrorTypes(updated));
        Assert.Equal(2, updated.At("product.version").GetInt32());
        Assert.False(updated.At("product.active").GetBoolean());

        var data = await Client.DataAsync("""
            {
                all: products { nodes { code } }
                cheapActive: products(where: { active: { eq: false }, listPrice: { lt: 1100 } }) { nodes { code } }
                byPrice: products(order: [{ listPrice: DESC }]) { nodes { code } }
            }
            """);
        // By family, then name: IDC hosting (Dedicated bandwidth, Rack hosting), then SD-WAN.
        Assert.Equal(["IDC-BW", "IDC-RACK", "SDWAN-BR"], Codes(data, "all"));
        Assert.Equal(["IDC-BW"], Codes(data, "cheapActive"));
        Assert.Equal("SDWAN-BR", Codes(data, "byPrice")[0]);
    }

    [Fact]
    public async Task Bad_input_is_a_typed_error_and_changes_nothing()
    {
        var id = await ProductAsync("MC-ECS", family: "Mobile cloud");
        await ProductAsync("MC-OSS", family: "Mobile cloud");
        var before = await CatalogueAsync();

        async Task<List<string>> Create(object input) =>
            Codes(await Client.MutateAsync("createProduct", "product { id }", input));
        async Task<List<string>> Update(object input) =>
            Codes(await Client.MutateAsync("updateProduct", "product { id }", input));

        Assert.Equal(["DUPLICATE_PRODUCT_CODE"], await Create(new { code = " MC-ECS ", name = "Again", family = "Mobile cloud", listPrice = 1m }));
        Assert.Equal(["REQUIRED_VALUE"], await Create(new { code = "   ", name = "Blank", family = "Mobile cloud", listPrice = 1m }));
        Assert.Equal(["TOO_LONG"], await Create(new { code = new string('X', 41), name = "Long", family = "Mobile cloud", listPrice = 1m }));
        Assert.Equal(["TOO_LONG"], await Create(new { code = "LONG-NAME", name = new string('n', 201), family = "F", listPrice = 1m }));
        Assert.Equal(["TOO_LONG"], await Create(new { code = "LONG-FAM", name = "N", family = new string('f', 101), listPrice = 1m }));
        Assert.Equal(["OUT_OF_RANGE"], await Create(new { code = "NEG", name = "Negative", family = "F", listPrice = -0.01m }));
        Assert.Equal(["DUPLICATE_PRODUCT_CODE"], await Update(new { id, version = 1, code = "MC-OSS" }));
        Assert.Equal(["REQUIRED_VALUE"], await Update(new { id, version = 1, name = "" }));
        Assert.Equal(["REQUIRED_VALUE"], await Update(new { id, version = 1, listPrice = (decimal?)null }));
        Assert.Equal(["OUT_OF_RANGE"], await Update(new { id, version = 1, listPrice = -5m }));
        Assert.Equal(["STALE_VERSION"], await Update(new { id, version = 7, name = "Late" }));
        Assert.Equal(["PRODUCT_NOT_FOUND"], await Update(new { id = GlobalId.Encode("Product", 9_999), version = 1 }));
        Assert.Equal(["INVALID_ID"], await Update(new { id = Known.Id("Alpha Industries"), version = 1 }));
        Assert.Equal(before, await CatalogueAsync());
    }

    [Fact]
    public async Task Only_managers_change_the_catalogue_and_everyone_reads_it()
    {
        var id = await ProductAsync("CV-MEET", family: "Cloud video");
        var before = await CatalogueAsync();
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await RunAsync(Li, "createProduct",
            new { code = "LI", name = "Li's", family = "F", listPrice = 1m })).ErrorCodes);
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await RunAsync(Zhao, "updateProduct", new { id, version = 1, name = "Zhao's" })).ErrorCodes);
        Assert.Equal(before, await CatalogueAsync());
        Assert.Equal(["CV-MEET"], Codes(await Li.DataAsync("{ products { nodes { code } } }"), "products"));
    }

    private static List<string> Codes(System.Text.Json.JsonElement data, string list) =>
        [.. data.At($"{list}.nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!)];

    private static List<string> Codes(System.Text.Json.JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == System.Text.Json.JsonValueKind.Null ? []
            : [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
}
