using System.Text;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

public sealed class NodeTests(KnownDataFixture fixture) : IClassFixture<KnownDataFixture>
{
    [Fact]
    public async Task Node_fetches_any_type_by_its_global_id()
    {
        var data = await fixture.Client.DataAsync("""
            query($a: ID!, $u: ID!) { a: node(id: $a) { __typename id ... on Account { name } } u: node(id: $u) { __typename ... on User { name role } } }
            """, new { a = fixture.Data.Id("Delta School"), u = fixture.Data.UserId("Zhao Min") });
        Assert.Equal("Account", data.At("a.__typename").GetString());
        Assert.Equal("Delta School", data.At("a.name").GetString());
        Assert.Equal(fixture.Data.Id("Delta School"), data.At("a.id").GetString());
        Assert.Equal("User", data.At("u.__typename").GetString());
        Assert.Equal("INSIDE_SALES", data.At("u.role").GetString());
    }

    [Fact]
    public async Task Ids_are_opaque_and_the_same_wherever_an_object_appears()
    {
        var id = fixture.Data.Id("中国电信新疆分公司");
        Assert.DoesNotContain("Account", id);
        var data = await fixture.Client.DataAsync("query($id: ID!) { account(id: $id) { parent { id } } }", new { id });
        var parentId = data.At("account.parent.id").GetString();
        Assert.Equal(fixture.Data.Id("中国电信集团有限公司"), parentId);
    }

    [Fact]
    public async Task Nodes_keeps_the_order_given_and_reports_each_bad_id_at_its_index()
    {
        var unknown = Convert.ToBase64String(Encoding.UTF8.GetBytes("Account:999999")).TrimEnd('=');
        var response = await fixture.Client.PostAsync("query($ids: [ID!]!) { found: nodes(ids: $ids) { id } }",
            new { ids = new[] { fixture.Data.Id("Echo Gov Bureau"), "garbage", unknown, fixture.Data.UserId("李强 Li Qiang") } });
        var nodes = response.Data.GetProperty("found").EnumerateArray().ToList();
        Assert.Equal(fixture.Data.Id("Echo Gov Bureau"), nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, nodes[2].ValueKind);
        Assert.Equal(fixture.Data.UserId("李强 Li Qiang"), nodes[3].GetProperty("id").GetString());
        Assert.Equal(["INVALID_ID", "NOT_FOUND"], response.ErrorCodes);
        Assert.All(response.Errors, e => Assert.Equal("found", e.GetProperty("path")[0].GetString())); // paths use the alias
        Assert.Equal([1, 2], response.Errors.Select(e => e.GetProperty("path")[1].GetInt32()));
    }

    [Theory]
    [InlineData("node(id: \"garbage\") { id }", "INVALID_ID")]
    [InlineData("node(id: \"QWNjb3VudDo5OTk5OTk\") { id }", "NOT_FOUND")]        // Account:999999
    [InlineData("node(id: \"U29tZXRoaW5nOjE\") { id }", "INVALID_ID")]            // Something:1 — no such type
    [InlineData("account(id: \"VXNlcjox\") { id }", "INVALID_ID")]                // User:1 is not an account
    [InlineData("account(id: \"QWNjb3VudDo5OTk5OTk\") { id }", "NOT_FOUND")]
    public async Task A_bad_or_unknown_id_gives_null_and_a_typed_error(string selection, string code)
    {
        var response = await fixture.Client.PostAsync($"{{ result: {selection} }}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("result").ValueKind);
        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Nodes_refuses_more_than_a_hundred_ids()
    {
        var response = await fixture.Client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = Enumerable.Repeat(fixture.Data.Id("Echo Gov Bureau"), 101).ToArray() });
        Assert.Equal(["TOO_MANY_IDS"], response.ErrorCodes);
    }

    [Fact]
    public async Task Archived_accounts_stay_readable_by_id()
    {
        var data = await fixture.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { name archivedAt } } }",
            new { id = fixture.Data.Id("Zulu Archived") });
        Assert.Equal("2025-04-01T00:00:00Z", data.At("node.archivedAt").GetString());
    }
}
