using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Xunit.Abstractions;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// A nested connection (one statement for a batch of parents, <c>GraphKam.GraphQL.Paging.NestedPages</c>) answers
/// for each parent what the top-level connection answers when filtered to that parent: same rows, order, totalCount
/// and pageInfo flags.
/// </summary>
public sealed class NestedPageAnswerTests(DemoDataFixture fixture, ITestOutputHelper output) : IClassFixture<DemoDataFixture>
{
    [Theory]
    [InlineData("first: 2")]
    [InlineData("first: 3, order: [{ amount: DESC }]")]
    [InlineData("last: 2")]
    [InlineData("last: 2, order: [{ amount: DESC }], where: { status: { eq: OPEN } }")]
    [InlineData("first: 1, order: [{ expectedCloseDate: ASC }, { name: DESC }]")]
    [InlineData("last: 40, order: [{ stage: { order: ASC } }]")]
    public async Task Nested_pages_answer_as_the_top_level_does(string args)
    {
        const string page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }";
        var nested = await fixture.Client.DataAsync($$"""
            { accounts(first: 60) { nodes { id opportunities({{args}}) { {{page}} } } } }
            """);
        var mismatches = 0;
        foreach (var account in nested.GetProperty("accounts").GetProperty("nodes").EnumerateArray())
        {
            var id = account.GetProperty("id").GetString();
            var top = await fixture.Client.DataAsync($$"""
                query($id: ID!) { opportunities({{args}}, where: { account: { id: { eq: $id } } }) { {{page}} } }
                """.Replace("where: { status: { eq: OPEN } }, where: { account: { id: { eq: $id } } }", "where: { status: { eq: OPEN }, account: { id: { eq: $id } } }", StringComparison.Ordinal), new { id });
            var a = Ids(account.GetProperty("opportunities"));
            var b = Ids(top.GetProperty("opportunities"));
            if (a != b)
            {
                mismatches++;
                output.WriteLine($"{id}\n nested {account.GetProperty("opportunities")}\n top    {top.GetProperty("opportunities")}");
            }
        }
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public async Task Partners_reading_the_same_nested_page_each_see_only_the_branches_they_serve()
    {
        // A plain nested page (no filter or cursor) is one compiled statement per shape, shared by every caller of a
        // model: each execution must still apply the caller's own filters.
        using var factory = new GraphKamFactory();
        var director = factory.Client();
        var head = (await director.DataAsync("{ accounts(first: 30, where: { children: { any: true } }) { nodes { id children(first: 10) { nodes { id } } } } }"))
            .At("accounts.nodes").EnumerateArray().First(a => a.At("children.nodes").GetArrayLength() >= 2);
        var branches = head.At("children.nodes").Strings("id");
        var distributors = (await director.DataAsync("{ distributors(first: 20, where: { status: { eq: ACTIVE } }) { nodes { id } } }"))
            .At("distributors.nodes").Strings("id").Take(2).ToList();
        foreach (var (distributor, branch) in distributors.Zip(branches))
            foreach (var account in new[] { head.GetProperty("id").GetString()!, branch })
                Assert.Empty(ErrorTypes(await director.MutateAsync("assignDistributor", "assignment { __typename }", new { accountId = account, distributorId = distributor })));

        const string page = "query($id: ID!) { account(id: $id) { children(first: 10) { totalCount nodes { id } } } }";
        var id = new { id = head.GetProperty("id").GetString() };
        Assert.Equal(branches, (await director.DataAsync(page, id)).At("account.children.nodes").Strings("id"));
        foreach (var (distributor, branch) in distributors.Zip(branches))
        {
            var partner = factory.Logins.ClientAs(Roles.Partner, GraphKam.GraphQL.Relay.GlobalId.ParseKey(distributor, "Distributor"));
            var children = (await partner.DataAsync(page, id)).At("account.children");
            Assert.Equal([branch], children.At("nodes").Strings("id"));
            Assert.Equal(1, children.GetProperty("totalCount").GetInt32());
        }
        Assert.Equal(branches, (await director.DataAsync(page, id)).At("account.children.nodes").Strings("id"));
    }

    // Cursors of the two paths need not be equal strings; rows, counts and flags must be.
    private static string Ids(JsonElement connection) =>
        connection.GetProperty("totalCount").GetInt32() + "|" + connection.GetProperty("pageInfo").GetProperty("hasNextPage") + "|"
        + connection.GetProperty("pageInfo").GetProperty("hasPreviousPage") + "|"
        + string.Join(",", connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
}
