using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using GraphKam.GraphQL.Http;
using GraphKam.Server.Common;
using GraphQL.Transport;

namespace GraphKam.Server.Setup;

/// <summary>
/// Prepares, before the server listens, what its first requests would otherwise prepare while callers wait: the
/// GraphQL schema, the EF model, the compiled SQL of the common reads and the code paths that run them. The reads run
/// once, as the system's director on no connection, read-only, and their answers are dropped. Turned off with
/// <c>GraphKam:WarmUpAtStart=false</c>; a failure is logged and never stops the start.
/// </summary>
public sealed class StartupWarmup(IServiceScopeFactory scopes, SchemaPreparation schema, IHttpContextAccessor http,
    ILogger<StartupWarmup> logger) : IHostedLifecycleService
{
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

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!schema.WarmsUpAtStart) return;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await schema.Ready;
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

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
