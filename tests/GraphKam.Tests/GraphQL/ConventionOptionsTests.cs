using System.Text.Json;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// Where GraphKam differs from HotChocolate's defaults on purpose, the choice is configuration under
/// GraphKam:GraphQL: page sizes, the size of a <c>nodes</c> batch and whether text filters ignore case.
/// </summary>
public sealed class ConventionOptionsTests : IAsyncLifetime
{
    private readonly KnownDataFixture _server = new(new GraphKamFactory
    {
        Settings =
        {
            ["GraphKam:GraphQL:DefaultPageSize"] = "2",
            ["GraphKam:GraphQL:MaxPageSize"] = "3",
            ["GraphKam:GraphQL:MaxNodeBatchSize"] = "2",
            ["GraphKam:GraphQL:CaseInsensitiveTextFilters"] = "false",
        },
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Page_sizes_follow_the_configuration_and_the_schema_says_so()
    {
        var page = await _server.Client.DataAsync("{ accounts { nodes { id } } }");
        Assert.Equal(2, page.At("accounts.nodes").GetArrayLength());
        var tooMany = await _server.Client.PostAsync("{ accounts(first: 4) { totalCount } }");
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], tooMany.ErrorCodes);
        var query = await _server.Client.DataAsync("""
            { __type(name: "Query") { fields { name args { name description } } } }
            """);
        static JsonElement Named(JsonElement list, string name) =>
            list.EnumerateArray().Single(item => item.GetProperty("name").GetString() == name);
        var first = Named(Named(query.At("__type.fields"), "accounts").GetProperty("args"), "first");
        Assert.EndsWith("Default 2, at most 3.", first.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Nodes_batches_follow_the_configuration()
    {
        var ids = new[] { "Delta School", "Echo Gov Bureau", "Alpha Industries" }.Select(_server.Data.Id).ToArray();
        var response = await _server.Client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal(["TOO_MANY_IDS"], response.ErrorCodes);
    }

    [Fact]
    public async Task Text_filters_can_compare_case_as_the_database_does()
    {
        var data = await _server.Client.DataAsync("""
            { accounts(where: { name: { contains: "alpha" } }, first: 3) { nodes { name } } }
            """);
        Assert.Equal(["alpha beta Bank"], data.At("accounts.nodes").Strings("name"));
    }
}
