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
        // A tier change's account is loaded by key (the field does not join it).
        var sql = await StatementsAsync("{ accounts(first: 20) { nodes { tierHistory(first: 1) { nodes { account { employees } } } } } }", "\"Accounts\"");
        Assert.Contains("\"Employees\"", sql);
        Assert.DoesNotContain("\"Region\"", sql);
    }

    [Fact]
    public async Task References_the_parent_points_at_are_read_by_the_parents_statement()
    {
        // The peer comparison's reads a and d: a list with owner and parent, an account with its owner and a page of
        // deals with their stages. Each level is one statement, which joins what it references.
        fixture.Factory.Sql.Clear();
        await fixture.Client.DataAsync("{ accounts(first: 50) { nodes { name owner { name } parent { name owner { email } } } } }");
        var list = Assert.Single(Reads());
        Assert.Contains("JOIN \"Users\"", list);
        Assert.Contains("JOIN \"Accounts\"", list);
        Assert.DoesNotContain("\"Region\"", list);

        var first = await fixture.Client.DataAsync("{ opportunities(first: 1) { nodes { account { id } } } }");
        fixture.Factory.Sql.Clear();
        await fixture.Client.DataAsync("""query($id: ID!) { account(id: $id) { name owner { name } opportunities(first: 20) { nodes { name stage { key } } } } }""",
            new { id = first.At("opportunities.nodes").EnumerateArray().Single().At("account.id").GetString() });
        var reads = Reads();
        Assert.Equal(2, reads.Count);
        Assert.Contains(reads, r => r.Contains("JOIN \"Users\"", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.Contains("JOIN \"FunnelStages\"", StringComparison.Ordinal));
    }

    // The statements on the data (a request's sign-in checks read other tables).
    private List<string> Reads() => [.. fixture.Factory.Sql.Commands.Where(c =>
        c.Contains("\"Accounts\"", StringComparison.Ordinal) || c.Contains("\"Users\"", StringComparison.Ordinal)
        || c.Contains("\"Opportunities\"", StringComparison.Ordinal) || c.Contains("\"FunnelStages\"", StringComparison.Ordinal))];

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
