using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

public sealed class SortingTests(KnownDataFixture fixture) : IClassFixture<KnownDataFixture>
{
    private async Task<List<string>> Names(string order)
    {
        var data = await fixture.Client.DataAsync($"{{ accounts(order: {order}) {{ nodes {{ name }} }} }}");
        return data.At("accounts.nodes").Strings("name");
    }

    [Fact]
    public async Task Orders_by_a_text_field_in_the_database_collation() =>
        Assert.Equal(
            ["Alpha Industries", "Bravo Éclair Power", "Delta School", "Echo Gov Bureau", "alpha beta Bank", "中国电信四川分公司", "中国电信新疆分公司", "中国电信集团有限公司"],
            await Names("[{ name: ASC }]"));

    [Fact]
    public async Task Several_keys_apply_most_significant_first() =>
        Assert.Equal(
            ["中国电信集团有限公司", "alpha beta Bank", "中国电信新疆分公司", "中国电信四川分公司", "Alpha Industries", "Bravo Éclair Power", "Delta School", "Echo Gov Bureau"],
            await Names("[{ employees: DESC }, { name: ASC }]"));

    [Fact]
    public async Task Several_fields_in_one_object_apply_in_the_order_written() =>
        Assert.Equal(await Names("[{ region: ASC }, { monthlyRevenue: DESC }]"), await Names("[{ region: ASC, monthlyRevenue: DESC }]"));

    [Fact]
    public async Task Several_fields_in_one_object_apply_in_the_order_written_not_in_the_schemas()
    {
        // The schema lists name before region; the client wrote region first, so region decides first.
        var written = await Names("[{ region: ASC, name: DESC }]");
        Assert.Equal(await Names("[{ region: ASC }, { name: DESC }]"), written);
        Assert.NotEqual(await Names("[{ name: DESC }, { region: ASC }]"), written);
        var regionThenName = new Dictionary<string, object> { ["region"] = "ASC", ["name"] = "DESC" };
        Assert.Equal(written, await NamesWithVariables(regionThenName));
        Assert.Equal(written, await NamesWithVariables(new[] { regionThenName }));
        // Nested objects keep the written order too, also when only the direction comes from a variable.
        var nested = await fixture.Client.DataAsync("""
            query($direction: SortEnumType) {
              accounts(order: { parent: { region: $direction, name: DESC }, name: ASC }) { nodes { name } }
            }
            """, new { direction = "ASC" });
        Assert.Equal(await Names("[{ parent: { region: ASC } }, { parent: { name: DESC } }, { name: ASC }]"),
            nested.At("accounts.nodes").Strings("name"));
    }

    private async Task<List<string>> NamesWithVariables(object order)
    {
        var data = await fixture.Client.DataAsync("""
            query($order: [AccountSortInput!]) { accounts(order: $order) { nodes { name } } }
            """, new { order });
        return data.At("accounts.nodes").Strings("name");
    }

    [Fact]
    public async Task Missing_values_sort_first_ascending_and_last_descending()
    {
        var ascending = await Names("[{ satisfaction: ASC }]");
        Assert.Equal("Bravo Éclair Power", ascending[0]);
        Assert.Equal(["Delta School", "中国电信新疆分公司", "中国电信四川分公司", "alpha beta Bank", "中国电信集团有限公司", "Alpha Industries", "Echo Gov Bureau"], ascending[1..]);
        var descending = await Names("[{ satisfaction: DESC }]");
        Assert.Equal("Bravo Éclair Power", descending[^1]);
        Assert.Equal(ascending[1..].AsEnumerable().Reverse(), descending[..^1]);
    }

    [Fact]
    public async Task Orders_by_a_related_object_field()
    {
        var byOwner = await Names("[{ owner: { name: DESC } }, { name: ASC }]");
        // "李强 Li Qiang" sorts after "Zhao Min" in binary (code point) order.
        Assert.Equal(["Alpha Industries", "alpha beta Bank", "中国电信集团有限公司", "Bravo Éclair Power", "Delta School"], byOwner[..5]);
        Assert.Equal(["Echo Gov Bureau", "中国电信四川分公司", "中国电信新疆分公司"], byOwner[5..]); // no owner: last descending
        var byParent = await Names("[{ parent: { employees: ASC } }, { name: DESC }]");
        Assert.Equal(["中国电信新疆分公司", "中国电信四川分公司"], byParent[^2..]);
    }

    [Fact]
    public async Task Enums_sort_in_their_declared_order() =>
        Assert.Equal(["Delta School", "Alpha Industries"], (await Names("[{ loyaltyStage: ASC }]")).Where(n => n is "Delta School" or "Alpha Industries"));

    [Fact]
    public async Task Sorting_by_an_unknown_field_or_direction_is_a_validation_error()
    {
        foreach (var order in new[] { "[{ name: UP }]", "[{ secret: ASC }]", "{ name: \"ASC\" }" })
        {
            var response = await fixture.Client.PostAsync($"{{ accounts(order: {order}) {{ nodes {{ name }} }} }}");
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        }
    }
}
