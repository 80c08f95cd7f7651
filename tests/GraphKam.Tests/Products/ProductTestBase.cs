using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Products;

/// <summary>
/// Product tests on the known dataset (clock at 2026-11-27 08:00 UTC): Li (account manager) owns Alpha Industries and
/// alpha beta Bank; Zhao (inside sales) owns Bravo Éclair Power and Delta School.
/// </summary>
public abstract class ProductTestBase : KnownDataTest
{
    protected GraphQLClient Li => Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
    protected GraphQLClient Zhao => Factory.Logins.ClientAs(Roles.InsideSales, personId: Known.UserIds["Zhao Min"]);

    protected const string UseSelection = "accountProduct { id since until monthlyValue version product { code } }";

    /// <summary>Creates a catalogue product as the director and returns its ID.</summary>
    protected async Task<string> ProductAsync(string code, string family = "SD-WAN", string? name = null, bool active = true)
    {
        var payload = await Client.MutateAsync("createProduct", "product { id }",
            new { code, name = name ?? code, family, listPrice = 1_000m, active });
        Assert.Empty(GraphQLClient.ErrorTypes(payload));
        return payload.At("product.id").GetString()!;
    }

    protected Task<JsonElement> AddUseAsync(string account, string product, GraphQLClient? client = null, string? since = null,
        decimal monthlyValue = 900m) =>
        (client ?? Client).MutateAsync("addAccountProduct", UseSelection,
            new { accountId = Known.Id(account), productId = product, since, monthlyValue });

    /// <summary>A mutation's raw answer, for calls the write rules may refuse as a whole.</summary>
    protected static Task<GraphQLResponse> RunAsync(GraphQLClient client, string mutation, object input)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return client.PostAsync($$"""
            mutation($input: {{type}}!) {
                result: {{mutation}}(input: $input) { errors { __typename } }
            }
            """, new { input });
    }

    protected static bool Succeeded(GraphQLResponse response) =>
        response.Errors.Count == 0 && response.Data.GetProperty("result").GetProperty("errors").ValueKind == JsonValueKind.Null;

    /// <summary>The account's figure, default tier, version and products in use (codes, comma-separated), as the director reads them.</summary>
    protected async Task<(int ProductsInUse, string Tier, int Version, string Codes)> AccountAsync(string account,
        bool includeEnded = false)
    {
        var data = await Client.DataAsync("""
            query($id: ID!, $all: Boolean!) {
                node(id: $id) { ... on Account { productsInUse version tier { code } products(includeEnded: $all) { product { code } } } }
            }
            """, new { id = Known.Id(account), all = includeEnded });
        return (data.At("node.productsInUse").GetInt32(), data.At("node.tier.code").GetString()!, data.At("node.version").GetInt32(),
            string.Join(",", data.At("node.products").EnumerateArray().Select(p => p.At("product.code").GetString())));
    }
}
