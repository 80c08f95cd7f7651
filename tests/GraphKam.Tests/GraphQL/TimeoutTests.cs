using System.Net;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>The execution timeout stops the SQL that is running, not only the wait for it.</summary>
public sealed class TimeoutTests
{
    [SqliteFact("It reads SQLite's own interrupt code; the PostgreSQL run is not yet covered by a test of its own.")]
    public async Task A_statement_running_past_the_timeout_is_interrupted_and_answers_TIMEOUT()
    {
        using var factory = new ProbeFactory { Settings = { ["GraphKam:GraphQL:ExecutionTimeout"] = "00:00:00.300" } };
        var response = await factory.Client().PostAsync("{ slowCount }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.False(response.HasData);
        // SQLite itself stopped the statement (SQLITE_INTERRUPT), so no thread or connection keeps counting.
        Assert.True(factory.Sql.Interrupted);
        // The server goes on answering.
        await factory.Client().DataAsync("{ accounts(first: 1) { totalCount } }");
    }
}
