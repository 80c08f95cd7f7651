using System.Text.Json;
using System.Text.RegularExpressions;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GraphKam.Tests.Projection;

/// <summary>
/// Reading only the selected columns never changes an answer: every field of every list, nested list and node,
/// asked for on its own (so that each is projected by itself), answers as it does from whole rows. A field whose
/// resolver reads a column its name does not give, without saying so (<c>FieldReads</c>), fails here.
/// </summary>
public sealed partial class ProjectionAnswerTests(ProjectionServers servers, ITestOutputHelper output) : IClassFixture<ProjectionServers>
{
    [Theory]
    [InlineData(Roles.Director)]
    [InlineData(Roles.Partner)]
    public async Task Every_field_of_every_list_answers_as_from_whole_rows(string role)
    {
        var queries = servers.RootLists().SelectMany(list => ProjectionServers.EachField(list.Item)
            .Select(field => $"{{ {list.Field}(first: 25) {{ nodes {{ id {field} }} }} }}")).ToList();
        Assert.True(queries.Count > 200, $"only {queries.Count} fields found: the schema walk is broken");
        await AssertSameAnswersAsync(role, queries);
    }

    [Theory]
    [InlineData(Roles.Director)]
    [InlineData(Roles.Partner)]
    public async Task Every_field_of_every_nested_list_answers_as_from_whole_rows(string role)
    {
        var queries = servers.RootLists().SelectMany(list => ProjectionServers.NestedLists(list.Item)
            .SelectMany(nested => ProjectionServers.EachField(nested.Item)
                .Select(field => $"{{ {list.Field}(first: 10) {{ nodes {{ id {nested.Field}(first: 4) {{ edges {{ node {{ id {field} }} }} }} }} }} }}"))).ToList();
        Assert.True(queries.Count > 200, $"only {queries.Count} fields found: the schema walk is broken");
        await AssertSameAnswersAsync(role, queries);
    }

    [Theory]
    [InlineData(Roles.Director)]
    [InlineData(Roles.Partner)]
    public async Task Every_field_of_every_joined_reference_answers_as_loaded_by_key(string role)
    {
        // Each field of the referenced entity on its own, read through its parent's join (the narrow server) and by
        // key from whole rows; as the parent of a list and of a nested list.
        var queries = servers.RootLists().SelectMany(list =>
            ProjectionServers.JoinedReferences(list.Item).SelectMany(reference => ProjectionServers.EachField(reference.Target)
                    .Select(field => $"{{ {list.Field}(first: 25) {{ nodes {{ id {reference.Field} {{ {field} }} }} }} }}"))
                .Concat(ProjectionServers.NestedLists(list.Item).SelectMany(nested => ProjectionServers.JoinedReferences(nested.Item)
                    .SelectMany(reference => ProjectionServers.EachField(reference.Target)
                        .Select(field => $"{{ {list.Field}(first: 5) {{ nodes {{ id {nested.Field}(first: 4) {{ nodes {{ id {reference.Field} {{ {field} }} }} }} }} }} }}")))))
            .ToList();
        Assert.True(queries.Count > 100, $"only {queries.Count} fields found: the schema walk is broken");
        await AssertSameAnswersAsync(role, queries);
    }

    [Fact]
    public async Task Every_field_of_every_node_answers_as_from_whole_rows()
    {
        var queries = new List<string>();
        foreach (var (list, item) in servers.RootLists().DistinctBy(l => l.Item.Name).Where(l => l.Item.ResolvedInterfaces.Any(i => i.Name == "Node")))
        {
            var first = await servers.Narrow.Client().DataAsync($"{{ {list}(first: 1) {{ nodes {{ id }} }} }}");
            if (first.GetProperty(list).GetProperty("nodes").EnumerateArray().FirstOrDefault() is not { ValueKind: JsonValueKind.Object } node) continue;
            var id = node.GetProperty("id").GetString();
            queries.AddRange(ProjectionServers.EachField(item)
                .Select(field => $$"""{ node(id: "{{id}}") { ... on {{item.Name}} { {{field}} } } nodes(ids: ["{{id}}"]) { ...F } } fragment F on {{item.Name}} { id {{field}} }"""));
        }
        Assert.True(queries.Count > 150, $"only {queries.Count} fields found: the schema walk is broken");
        await AssertSameAnswersAsync(Roles.Director, queries);
    }

    [Theory]
    [InlineData("{ accounts(first: 3) { nodes { name } } accounts(first: 3) { nodes { region } } }")]
    [InlineData("{ accounts(first: 3) { nodes { name } } ... on Query { accounts(first: 3) { nodes { region employees } } } }")]
    [InlineData("{ accounts(first: 3) { edges { node { name } } nodes { region } } }")]
    [InlineData("{ accounts(first: 3) { nodes { ... on Node { id } ... N } } } fragment N on Account { strategic owner { email } }")]
    [InlineData("{ accounts(first: 3) { nodes { name @skip(if: true) region @include(if: false) employees } } }")]
    [InlineData("{ accounts(first: 3) { nodes { owner { name } owner { email } parent { region } } } }")]
    [InlineData("{ accounts(first: 3) { nodes { owner { name } o: owner { email ... on User { id } } parent { parent { name } owner { email } } } } }")]
    [InlineData("{ opportunities(first: 5) { nodes { account { name owner { name } } stage { key } s: stage { order } owner { __typename } } } }")]
    [InlineData("{ accounts(first: 3) { nodes { a: region b: name c: opportunities(first: 2) { nodes { amount } } d: opportunities(first: 2) { nodes { probability } } } } }")]
    [InlineData("{ nodes(ids: [\"QWNjb3VudDox\", \"VXNlcjox\"]) { ... on Account { region } ... on User { email } } }")]
    public async Task Merged_fields_fragments_and_directives_answer_as_from_whole_rows(string query) =>
        await AssertSameAnswersAsync(Roles.Director, [query]);

    private async Task AssertSameAnswersAsync(string role, List<string> queries)
    {
        var narrow = await ProjectionServers.ClientAsync(servers.Narrow, role);
        var whole = await ProjectionServers.ClientAsync(servers.Whole, role);
        var differences = 0;
        foreach (var chunk in queries.Chunk(4))
        {
            var answers = await Task.WhenAll(chunk.Select(async query =>
                (query, narrow: Answer(await narrow.PostAsync(query)), whole: Answer(await whole.PostAsync(query)))));
            foreach (var (query, a, b) in answers.Where(x => x.narrow != x.whole))
            {
                if (++differences <= 10) output.WriteLine($"{query}\n narrow: {a}\n whole:  {b}");
            }
        }
        output.WriteLine($"{queries.Count} queries, {differences} different");
        Assert.Equal(0, differences);
    }

    // The data and the errors' codes and paths; messages may carry IDs of the request. The test's own logins have
    // e-mail addresses made up by each server.
    private static string Answer(GraphQLResponse response) =>
        TestLogin().Replace(response.HasData ? response.Data.GetRawText() : "no data", "@test") + " | "
        + string.Join(";", response.Errors.Select(e => (e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : "?")
            + "@" + (e.TryGetProperty("path", out var p) ? p.GetRawText() : "")));

    [GeneratedRegex("-+[0-9a-f]{32}@test")]
    private static partial Regex TestLogin();
}
