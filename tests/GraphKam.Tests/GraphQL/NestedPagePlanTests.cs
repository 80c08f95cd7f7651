using GraphKam.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// A nested connection reads each parent's page through the child table's index on its parent key: its cost is
/// that of the pages asked for, not of the whole child table (asked of SQLite with <c>EXPLAIN QUERY PLAN</c>); and
/// the counts of the commonest segments come from an index.
/// </summary>
public sealed class NestedPagePlanTests(DemoDataFixture fixture, ITestOutputHelper output) : IClassFixture<DemoDataFixture>
{
    [SqliteTheory("It reads SQLite's plan; PostgreSQL's planner chooses by table statistics, and a test book is too "
        + "small for an index to pay there.")]
    [InlineData("opportunities(first: 3)", "Opportunities")]
    [InlineData("opportunities(last: 2, order: [{ amount: DESC }], where: { status: { eq: OPEN } })", "Opportunities")]
    [InlineData("contacts(first: 2)", "Contacts")]
    [InlineData("activities(first: 2)", "Activities")]
    public async Task Each_parents_page_is_a_seek_on_the_child_tables_index(string field, string table)
    {
        fixture.Factory.Sql.Clear();
        await fixture.Client.DataAsync($$"""
            { accounts(first: 20) { nodes { name {{field}} { nodes { id } } } } }
            """);
        var page = Assert.Single(fixture.Factory.Sql.Statements,
            s => s.Text.Contains($"\"{table}\" AS", StringComparison.Ordinal) && s.Text.Contains("LIMIT", StringComparison.Ordinal));
        var plan = await PlanAsync(page);
        output.WriteLine(page.Text);
        output.WriteLine(string.Join("\n", plan));
        var aliases = System.Text.RegularExpressions.Regex.Matches(page.Text, $"\"{table}\" AS \"(\\w+)\"")
            .Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(aliases);
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal)
            && (aliases.Contains(line["SCAN ".Length..].Split(' ')[0]) || line.Contains(table, StringComparison.Ordinal)));
        Assert.Contains(plan, line => line.StartsWith("SEARCH ", StringComparison.Ordinal) && line.Contains("INDEX", StringComparison.Ordinal)
            && aliases.Contains(line["SEARCH ".Length..].Split(' ')[0]));
    }

    [SqliteFact("SQLite prepares each statement text afresh; the shape is what lets it be one text.")]
    public async Task Batches_of_any_size_make_the_same_statement()
    {
        var texts = new List<string>();
        foreach (var parents in new[] { 1, 3, 7, 20 })
        {
            fixture.Factory.Sql.Clear();
            await fixture.Client.DataAsync($$"""
                { accounts(first: {{parents}}) { nodes { opportunities(first: 2) { nodes { id } } } } }
                """);
            texts.Add(Assert.Single(fixture.Factory.Sql.Statements, s => s.Text.Contains("\"Opportunities\" AS", StringComparison.Ordinal)
                && s.Text.Contains("LIMIT", StringComparison.Ordinal)).Text);
        }

        // Before, a UNION ALL of one seek per parent: a statement of its own for every batch size (padded to 2ⁿ).
        Assert.Single(texts.Distinct());
    }

    [SqliteFact("It reads SQLite's plan, which uses one index per table.")]
    public async Task A_segments_count_is_answered_from_an_index_alone()
    {
        // The peer comparison's read b: the count of an industry's accounts over a revenue, which without the
        // (Industry, MonthlyRevenue, ArchivedAt) index read every account of the industry.
        fixture.Factory.Sql.Clear();
        await fixture.Client.DataAsync("""
            { accounts(where: { industry: { eq: FINANCE }, monthlyRevenue: { gt: 500000 } }, first: 5) { totalCount nodes { id } } }
            """);
        var count = Assert.Single(fixture.Factory.Sql.Statements, s => s.Text.Contains("COUNT(*)", StringComparison.Ordinal));
        var plan = await PlanAsync(count);
        output.WriteLine(count.Text);
        output.WriteLine(string.Join("\n", plan));
        Assert.Contains(plan, line => line.Contains("COVERING INDEX IX_Accounts_Industry_MonthlyRevenue_ArchivedAt", StringComparison.Ordinal));
    }

    private async Task<List<string>> PlanAsync(CapturedStatement statement)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.Factory.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement.Text;
        foreach (var (name, value) in statement.Parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return lines;
    }
}
