using System.Text;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// A client that gives up on its request stops the SQL it started: SQLite interrupts the statement, PostgreSQL cancels
/// it (it would otherwise count on for many seconds), including a statement that loads a batch for several parents,
/// and the server logs the departure at Information, with no error (neither its own nor EF Core's) and no stack trace.
/// </summary>
public sealed class CancellationTests
{
    [Fact]
    public Task A_root_list_whose_client_leaves_stops_its_statement() => ClientLeavesAsync("""
        { accounts(first: 3) { nodes { name } } }
        """, "FROM \"Accounts\"");

    [Fact]
    public Task A_batched_load_of_related_objects_whose_client_leaves_stops_its_statement() => ClientLeavesAsync("""
        { opportunities(first: 3) { nodes { name stageHistory { to { name } } } } }
        """, "FROM \"FunnelStages\"", rootTable: "\"Opportunities\"");

    private const string NestedConnection = """
        { accounts(first: 3) { nodes { name opportunities(first: 2) { nodes { name } } } } }
        """;

    [Fact]
    public Task A_batched_nested_connection_whose_client_leaves_stops_its_statement() =>
        ClientLeavesAsync(NestedConnection, "\"Opportunities\"", rootTable: null);

    /// <param name="rootTable">Only in the root list's statement: the slowed one must be the batch's.</param>
    private static async Task ClientLeavesAsync(string query, string slowStatement, string? rootTable = null)
    {
        using var factory = new ProbeFactory();
        var client = factory.Client();
        await client.DataAsync(query); // signed in and warm: only the slowed statement is left to run

        factory.Slow.Arm(slowStatement);
        using var leave = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        var sending = client.Http.SendAsync(request, leave.Token);
        await factory.Slow.Started.WaitAsync(TimeSpan.FromSeconds(30));
        if (rootTable != null) Assert.DoesNotContain(rootTable, factory.Slow.Text!, StringComparison.Ordinal);
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await StoppedQuietlyAsync(factory);
    }

    private static async Task StoppedQuietlyAsync(ProbeFactory factory)
    {
        // Counting to a hundred million takes far longer than this: only an interrupt ends it so soon.
        await Eventually(() => factory.Sql.Interrupted, "the slowed statement was not interrupted");
        await Eventually(() => factory.Log.Entries.Any(e => e.Level == LogLevel.Information
            && e.Message.Contains("stopped", StringComparison.Ordinal)), "the departure was not logged");
        var failures = factory.Log.Entries.Where(e => e.Level >= LogLevel.Error || e.Exception != null).ToList();
        Assert.True(failures.Count == 0,
            string.Join("\n", failures.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
    }

    private static async Task Eventually(Func<bool> condition, string failure)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            // Generous: on a loaded machine (two CI runs side by side) an interrupt took longer than 5 s to be seen;
            // a statement that ran to its end never counts as interrupted, so waiting longer cannot pass wrongly.
            if (waited > 20_000) Assert.Fail(failure);
            await Task.Delay(50);
        }
    }
}
