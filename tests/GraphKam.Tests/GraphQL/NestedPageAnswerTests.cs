using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using Xunit.Abstractions;

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

    // Cursors of the two paths need not be equal strings; rows, counts and flags must be.
    private static string Ids(JsonElement connection) =>
        connection.GetProperty("totalCount").GetInt32() + "|" + connection.GetProperty("pageInfo").GetProperty("hasNextPage") + "|"
        + connection.GetProperty("pageInfo").GetProperty("hasPreviousPage") + "|"
        + string.Join(",", connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
}
