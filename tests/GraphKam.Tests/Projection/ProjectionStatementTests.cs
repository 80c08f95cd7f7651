using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Projection;

/// <summary>
/// Lists, nested lists and lookups read the columns their selection needs (and the keys loaders follow), not whole
/// rows: the statements name no column that was not asked for.
/// </summary>
public sealed class ProjectionStatementTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task A_list_reads_the_selected_columns()
    {
        var sql = await StatementsAsync("{ accounts(first: 5) { nodes { name } } }", "\"Accounts\"");
        Assert.Contains("\"Name\"", sql);
        Assert.Contains("\"OwnerId\"", sql); // a key a loader may follow
        Assert.DoesNotContain("\"Region\"", sql);
        Assert.DoesNotContain("\"Employees\"", sql);
    }

    [Fact]
    public async Task A_nested_list_reads_the_selected_columns()
    {
        var sql = await StatementsAsync("{ accounts(first: 3) { nodes { opportunities(first: 2) { nodes { name amount } } } } }", "\"Opportunities\"");
        Assert.Contains("\"Amount\"", sql);
        Assert.DoesNotContain("\"LossReason\"", sql);
        Assert.DoesNotContain("\"Probability\"", sql);
    }

    [Fact]
    public async Task A_lookup_by_key_reads_the_selected_columns()
    {
        var sql = await StatementsAsync("{ accounts(first: 50) { nodes { owner { name } } } }", "\"Users\"");
        Assert.Contains("\"Name\"", sql);
        Assert.DoesNotContain("\"Email\"", sql);
    }

    [Fact]
    public async Task A_node_reads_what_its_fragment_selects()
    {
        var first = await fixture.Client.DataAsync("{ accounts(first: 1) { nodes { id } } }");
        var id = first.GetProperty("accounts").GetProperty("nodes")[0].GetProperty("id").GetString();
        var sql = await StatementsAsync($$"""{ node(id: "{{id}}") { ... on Account { employees } ... on User { email } } }""", "\"Accounts\"");
        Assert.Contains("\"Employees\"", sql);
        Assert.DoesNotContain("\"Region\"", sql);
    }

    [Fact]
    public async Task Whole_rows_are_read_when_projection_is_off()
    {
        using var factory = new GraphKamFactory { Settings = { ["GraphKam:GraphQL:Projection"] = "false" } };
        var client = factory.Client();
        await client.DataAsync("{ __typename }");
        factory.Sql.Clear();
        await client.DataAsync("{ accounts(first: 5) { nodes { name } } }");
        Assert.Contains("\"Region\"", string.Join("\n", factory.Sql.Commands.Where(c => c.Contains("\"Accounts\"", StringComparison.Ordinal))));
    }

    private async Task<string> StatementsAsync(string query, string table)
    {
        fixture.Factory.Sql.Clear();
        await fixture.Client.DataAsync(query);
        var statements = fixture.Factory.Sql.Commands.Where(c => c.Contains(table, StringComparison.Ordinal)).ToList();
        Assert.True(statements.Count > 0, $"no statement on {table} among:\n{string.Join("\n", fixture.Factory.Sql.Commands)}");
        return string.Join("\n", statements);
    }
}
