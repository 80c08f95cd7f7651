using System.Text.Json;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.GraphQL;

/// <summary>Cursor paging over the 300+ demo accounts: both directions, ties, missing values, nested lists.</summary>
public sealed class PagingTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private const string Page = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    private async Task<List<string>> AllIds(string order) =>
        (await fixture.Client.DataAsync($"{{ accounts(order: {order}, first: 500) {{ nodes {{ id }} }} }}")).At("accounts.nodes").Strings("id");

    private async Task<List<string>> WalkForward(string order, int size)
    {
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var connection = (await fixture.Client.DataAsync(
                $"query($after: String) {{ accounts(order: {order}, first: {size}, after: $after) {{ {Page} }} }}", new { after })).At("accounts");
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.At("node.id").GetString()!));
            Assert.Equal(after != null, connection.At("pageInfo.hasPreviousPage").GetBoolean());
            if (!connection.At("pageInfo.hasNextPage").GetBoolean()) return ids;
            after = connection.At("pageInfo.endCursor").GetString();
        }
    }

    private async Task<List<string>> WalkBackward(string order, int size)
    {
        var ids = new List<string>();
        string? before = null;
        while (true)
        {
            var connection = (await fixture.Client.DataAsync(
                $"query($before: String) {{ accounts(order: {order}, last: {size}, before: $before) {{ {Page} }} }}", new { before })).At("accounts");
            ids.InsertRange(0, connection.GetProperty("edges").EnumerateArray().Select(e => e.At("node.id").GetString()!));
            Assert.Equal(before != null, connection.At("pageInfo.hasNextPage").GetBoolean());
            if (!connection.At("pageInfo.hasPreviousPage").GetBoolean()) return ids;
            before = connection.At("pageInfo.startCursor").GetString();
        }
    }

    [Theory]
    [InlineData("[{ region: ASC }]")]                               // few distinct values: most rows tie
    [InlineData("[{ industry: DESC }, { strategic: ASC }]")]        // enum and boolean keys
    [InlineData("[{ satisfaction: DESC }]")]                        // nullable key
    [InlineData("[{ owner: { name: ASC } }]")]                      // nested, missing for some rows
    [InlineData("[{ parent: { monthlyRevenue: DESC } }, { createdAt: ASC }]")]
    [InlineData("[{ monthlyRevenue: ASC }]")]
    public async Task Paging_forward_and_backward_visits_every_row_once_in_order(string order)
    {
        var expected = await AllIds(order);
        Assert.True(expected.Count >= 300);
        Assert.Equal(expected, await WalkForward(order, 37));
        Assert.Equal(expected, await WalkBackward(order, 41));
    }

    [Fact]
    public async Task Without_order_rows_come_in_id_order_fifty_at_a_time()
    {
        var data = await fixture.Client.DataAsync("""
            {
                accounts {
                    nodes {
                        id
                    }
                    pageInfo {
                        hasNextPage hasPreviousPage
                    }
                }
            }
            """);
        Assert.Equal(50, data.At("accounts.nodes").GetArrayLength());
        Assert.True(data.At("accounts.pageInfo.hasNextPage").GetBoolean());
        Assert.False(data.At("accounts.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Last_without_a_cursor_returns_the_end_of_the_list()
    {
        var all = await AllIds("[{ name: ASC }]");
        var data = await fixture.Client.DataAsync("""
            {
                accounts(order: [{ name: ASC }], last: 3) {
                    nodes {
                        id
                    }
                    pageInfo {
                        hasPreviousPage hasNextPage
                    }
                }
            }
            """);
        Assert.Equal(all[^3..], data.At("accounts.nodes").Strings("id"));
        Assert.True(data.At("accounts.pageInfo.hasPreviousPage").GetBoolean());
        Assert.False(data.At("accounts.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task An_empty_page_has_no_cursors()
    {
        var data = await fixture.Client.DataAsync("""
            {
                accounts(first: 0) {
                    nodes {
                        id
                    }
                    pageInfo {
                        hasNextPage startCursor endCursor
                    }
                }
            }
            """);
        Assert.Equal(0, data.At("accounts.nodes").GetArrayLength());
        Assert.True(data.At("accounts.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, data.At("accounts.pageInfo.startCursor").ValueKind);
    }

    [Fact]
    public async Task Total_count_is_of_the_whole_filtered_list() =>
        Assert.Equal(
            (await fixture.Client.DataAsync("""
                {
                    accounts(where: { industry: { eq: FINANCE } }, first: 500) {
                        nodes {
                            id
                        }
                    }
                }
                """)).At("accounts.nodes").GetArrayLength(),
            (await fixture.Client.DataAsync("""
                {
                    accounts(where: { industry: { eq: FINANCE } }, first: 2) {
                        totalCount
                    }
                }
                """)).At("accounts.totalCount").GetInt32());

    [Theory]
    [InlineData("first: 501", "PAGE_SIZE_EXCEEDED")]
    [InlineData("last: 1000", "PAGE_SIZE_EXCEEDED")]
    [InlineData("first: -1", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("first: 1, last: 1", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("after: \"not a cursor\"", "INVALID_CURSOR")]
    [InlineData("before: \"WyJ4Il0\"", "INVALID_CURSOR")]
    public async Task Bad_paging_arguments_get_a_coded_error(string arguments, string code)
    {
        var response = await fixture.Client.PostAsync($"{{ accounts({arguments}) {{ nodes {{ id }} }} }}");
        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task A_cursor_is_refused_by_another_ordering()
    {
        var cursor = (await fixture.Client.DataAsync("""
            {
                accounts(order: [{ name: ASC }], first: 1) {
                    pageInfo {
                        endCursor
                    }
                }
            }
            """)).At("accounts.pageInfo.endCursor").GetString();
        var response = await fixture.Client.PostAsync("""
            query($after: String) {
                accounts(order: [{ region: ASC }], after: $after) {
                    nodes {
                        id
                    }
                }
            }
            """, new { after = cursor });
        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [Fact]
    public async Task Nested_connections_page_per_parent()
    {
        var data = await fixture.Client.DataAsync("""
            { accounts(where: { children: { any: true } }, first: 3) { nodes { name
                children(first: 2, order: [{ region: DESC }]) { totalCount nodes { region parent { name } } pageInfo { hasNextPage endCursor } } } } }
            """);
        foreach (var parent in data.At("accounts.nodes").EnumerateArray())
        {
            var children = parent.GetProperty("children");
            var regions = children.GetProperty("nodes").Strings("region");
            Assert.Equal(Math.Min(2, children.GetProperty("totalCount").GetInt32()), regions.Count);
            Assert.Equal(regions.OrderDescending(StringComparer.Ordinal), regions);
            Assert.All(children.GetProperty("nodes").EnumerateArray(), c => Assert.Equal(parent.GetProperty("name").GetString(), c.At("parent.name").GetString()));
            Assert.Equal(children.GetProperty("totalCount").GetInt32() > 2, children.At("pageInfo.hasNextPage").GetBoolean());
        }
    }
}

/// <summary>Keyset cursors keep their place while rows are inserted; these tests write, so they get their own server.</summary>
public sealed class KeysetStabilityTests
{
    [Fact]
    public async Task Rows_inserted_before_the_cursor_do_not_shift_the_next_page()
    {
        using var factory = new GraphKamFactory();
        var client = factory.Client();
        const string query = """
            query($after: String) {
                accounts(order: [{ name: ASC }], first: 10, after: $after) {
                    nodes {
                        name
                    }
                    pageInfo {
                        endCursor
                    }
                }
            }
            """;
        var first = (await client.DataAsync(query, new { after = (string?)null })).At("accounts");
        var cursor = first.At("pageInfo.endCursor").GetString();
        var secondBefore = (await client.DataAsync(query, new { after = cursor })).At("accounts.nodes").Strings("name");

        await using (var db = factory.Db())
        {
            var template = await db.Accounts.AsNoTracking().FirstAsync();
            for (var i = 0; i < 5; i++)
                db.Accounts.Add(new Account { Name = $"!{i} inserted first", Region = template.Region, Industry = template.Industry, Version = 1 });
            await db.SaveChangesAsync();
        }

        Assert.Equal(secondBefore, (await client.DataAsync(query, new { after = cursor })).At("accounts.nodes").Strings("name"));
        Assert.Contains("!0 inserted first", (await client.DataAsync(query, new { after = (string?)null })).At("accounts.nodes").Strings("name"));
    }
}
