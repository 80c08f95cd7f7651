using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Products;

/// <summary>The demo book's catalogue and product rows agree with the accounts' figures the tiers grade on.</summary>
public sealed class DemoProductTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task Every_accounts_products_in_use_is_its_count_of_rows_in_use()
    {
        var data = await fixture.Client.DataAsync("""
            {
                products(first: 100) { totalCount nodes { family active } }
                accounts(first: 500) { totalCount nodes { name productsInUse products { id } history: products(includeEnded: true) { id } } }
            }
            """);
        var products = data.At("products.nodes").EnumerateArray().ToList();
        Assert.Equal(6, products.Select(p => p.GetProperty("family").GetString()).Distinct().Count());
        Assert.All(products, p => Assert.True(p.GetProperty("active").GetBoolean()));
        var accounts = data.At("accounts.nodes").EnumerateArray().ToList();
        Assert.Equal(data.At("accounts.totalCount").GetInt32(), accounts.Count);
        Assert.All(accounts, a => Assert.True(
            a.GetProperty("productsInUse").GetInt32() == a.GetProperty("products").GetArrayLength() && a.GetProperty("products").GetArrayLength() > 0,
            a.GetProperty("name").GetString()));
        // Some accounts have history: a product they used once and no longer do.
        Assert.Contains(accounts, a => a.GetProperty("history").GetArrayLength() > a.GetProperty("products").GetArrayLength());
    }
}
