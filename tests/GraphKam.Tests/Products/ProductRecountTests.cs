using GraphKam.Server.Products;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Products;

/// <summary>A product's dates that lie ahead change the account's count (and tier) when they come, through the sweep.</summary>
public sealed class ProductRecountTests : ProductTestBase
{
    private Task<int> SweepAsync() => Task.Run(() => Factory.Services.GetRequiredService<ProductRecount>().SweepAsync(CancellationToken.None));

    [Fact]
    public async Task A_product_starting_or_ending_later_is_counted_when_its_day_comes()
    {
        var cloud = await ProductAsync("MC-ECS", family: "Mobile cloud");
        var video = await ProductAsync("CV-MEET", family: "Cloud video");
        // Starts in three days: recorded now, not yet in use (the bank's 20 entered products give way to its rows: 0).
        Assert.Empty(ErrorTypes(await AddUseAsync("alpha beta Bank", cloud, since: "2026-11-30T00:00:00Z")));
        var used = await AddUseAsync("alpha beta Bank", video);
        Assert.Empty(ErrorTypes(used));
        Assert.Empty(ErrorTypes(await Client.MutateAsync("endAccountProduct", UseSelection,
            new { id = used.At("accountProduct.id").GetString(), version = 1, until = "2026-12-05T00:00:00Z" })));
        Assert.Equal(1, (await AccountAsync("alpha beta Bank")).ProductsInUse);
        Assert.Equal(0, await SweepAsync());

        Factory.Clock.Advance(TimeSpan.FromDays(3));
        await SweepAsync();
        var started = await AccountAsync("alpha beta Bank");
        Assert.Equal((2, "CV-MEET,MC-ECS"), (started.ProductsInUse, string.Join(",", started.Codes.Split(',').Order())));

        Factory.Clock.Advance(TimeSpan.FromDays(6));
        await SweepAsync();
        Assert.Equal(1, (await AccountAsync("alpha beta Bank")).ProductsInUse);
        // Accounts without rows keep their entered figure.
        Assert.Equal(3, (await AccountAsync("Alpha Industries")).ProductsInUse);
    }
}
