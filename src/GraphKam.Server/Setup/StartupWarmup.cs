using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using GraphKam.GraphQL.Http;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Transport;

namespace GraphKam.Server.Setup;

/// <summary>
/// Prepares, before the server listens, what its first requests would otherwise prepare while callers wait: the
/// GraphQL schema, the EF model, the compiled SQL of the common reads and the code paths that run them. The reads run
/// once, as the system's director on no connection, read-only, and their answers are dropped. They begin once the
/// database is migrated, beside the areas' start-up work (reference data, grading: about 0.6 s of a start), and the
/// server listens when they are done. Turned off with <c>GraphKam:WarmUpAtStart=false</c>; a failure is logged and
/// never stops the start.
/// </summary>
public sealed class StartupWarmup(IServiceScopeFactory scopes, SchemaPreparation schema, DatabaseInitializer database,
    IHttpContextAccessor http, ILogger<StartupWarmup> logger) : IHostedLifecycleService
{
    private Task _warm = Task.CompletedTask;

    // The shapes of the dashboard's and the typical client's first reads (lists, one account, a node).
    private static readonly string[] Reads =
    [
        """
        { accounts(first: 1, order: [{ monthlyRevenue: DESC }]) { totalCount nodes { id name monthlyRevenue
          owner { name } parent { name } opportunities(first: 1) { nodes { id name stage { key } } } } } }
        """,
        """
        { opportunities(first: 1, where: { status: { eq: OPEN } }) { nodes { id name amount probability
          account { name } } } }
        """,
        """{ node(id: "QWNjb3VudDox") { id ... on Account { name } } }""",
    ];

    // Registered ahead of the database initializer, so this starts before that one's work and waits for its migration.
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (schema.WarmsUpAtStart) _warm = Task.Run(() => WarmUpAsync(cancellationToken), cancellationToken);
        return Task.CompletedTask;
    }

    // Every service's StartingAsync (the database's included) has finished here, and the server listens after this.
    public Task StartAsync(CancellationToken cancellationToken) => _warm;

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Task.WhenAll(schema.Ready, database.Migrated);
            // An address of its own, so that the warm-up spends no caller's rate.
            http.HttpContext = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.None } };
            // At once: most of their time is the JIT's, which more than one core shares.
            await Task.WhenAll(Reads.Select(read => Task.Run(() => WarmAsync(read, cancellationToken), cancellationToken)));
            logger.LogInformation("Warmed up in {Milliseconds:0} ms.", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The start-up warm-up failed; the first requests will prepare what it did not.");
        }
        finally
        {
            http.HttpContext = null;
        }
    }

    private async Task WarmAsync(string read, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<GraphQLRequestExecutor>();
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = read }, scope.ServiceProvider,
            System, queriesOnly: true, cancellationToken);
        // A read that fails prepares little: said, so that a schema change that breaks one is noticed.
        if (result.Errors is { Count: > 0 } errors)
            logger.LogWarning("A warm-up read answered {Codes}.", string.Join(", ", errors.Select(e => e.Code)));
    }

    private static ClaimsPrincipal System => new(new ClaimsIdentity(
        [new Claim("sub", "warm-up"), new Claim("role", Roles.Director)], "warm-up", "name", "role"));

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
