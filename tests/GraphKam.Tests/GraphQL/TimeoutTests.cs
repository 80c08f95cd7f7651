using System.Net;
using GraphKam.GraphQL.Http;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphKam.Tests.GraphQL;

/// <summary>The execution timeout stops the SQL that is running, not only the wait for it.</summary>
public sealed class TimeoutTests
{
    [SqliteFact("It counts in SQLite's own dialect; CancellationTests cover PostgreSQL's cancel.")]
    public async Task A_statement_running_past_the_timeout_is_interrupted_and_answers_TIMEOUT()
    {
        // Two seconds: on a busy machine the count still starts well within them, and it runs far longer.
        using var factory = new ProbeFactory { Settings = { ["GraphKam:GraphQL:ExecutionTimeout"] = "00:00:02" } };
        var response = await factory.Client().PostAsync("{ slowCount }");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.False(response.HasData);
        // SQLite itself stopped the statement (SQLITE_INTERRUPT), so no thread or connection keeps counting.
        Assert.True(factory.Sql.Interrupted, "the counting statement ran to its end");

        // The server goes on answering (with the usual timeout: a busy machine may take two seconds for any read).
        factory.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.ExecutionTimeout =
            TimeSpan.FromSeconds(30);
        await factory.Client().DataAsync("{ accounts(first: 1) { totalCount } }");
    }
}
