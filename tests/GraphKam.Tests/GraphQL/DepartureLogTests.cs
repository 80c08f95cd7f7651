using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// A client that leaves is no failure of the server, wherever the request was when it left: reading its body, checking
/// its session, committing its mutation. Each is logged at Information at most, never at Error nor with a stack
/// trace, on the server <c>dotnet run</c> gives a newcomer (Development, whose error page logs whatever escapes).
/// </summary>
public sealed class DepartureLogTests
{
    [Fact]
    public async Task A_client_that_cuts_its_body_off_and_closes_is_logged_as_gone()
    {
        using var factory = new ProbeFactory { HostEnvironment = "Development" };
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.CreateClient().BaseAddress!;

        // Closed (FIN) and reset (RST): Kestrel reports the two differently, often before it fires RequestAborted.
        foreach (var reset in new[] { false, true })
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync(address.Host, address.Port);
            var head = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n";
            await socket.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head + "{\"query\":\"{ accounts { totalCount"));
            await Task.Delay(200); // the server is reading the body when the client goes
            if (reset) socket.Client.LingerState = new LingerOption(true, 0);
            socket.Close();
        }

        await Eventually(() => factory.Log.Entries.Count(e => e.Level == LogLevel.Information
            && e.Message.Contains("client closed the connection", StringComparison.Ordinal)) >= 2, "the departures were not logged");
        AssertNoFailure(factory);
    }

    [Fact]
    public async Task A_client_that_leaves_while_its_session_is_looked_up_is_not_let_in_and_logs_no_error()
    {
        using var factory = new ProbeFactory { HostEnvironment = "Development" };
        var token = await factory.Logins.TokenAsync(Roles.Director);
        var http = factory.CreateDefaultClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        factory.Slow.Arm("\"LoginSessions\"");
        using var leave = new CancellationTokenSource();
        var sending = http.PostAsync("/graphql", new StringContent("{\"query\":\"{ probe }\"}", Encoding.UTF8, "application/json"),
            leave.Token);
        await factory.Slow.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        await Eventually(() => factory.Sql.Interrupted, "the session lookup was not interrupted");
        await Task.Delay(300); // the authentication handler has logged by now, if it logs
        Assert.Equal(0, factory.Probes);
        AssertNoFailure(factory);
    }

    [Fact]
    public async Task A_mutation_whose_client_left_after_its_work_commits_it_without_an_error()
    {
        using var factory = new ProbeFactory { HostEnvironment = "Development" };
        await factory.Client().DataAsync("{ __typename }");
        using var leave = new CancellationTokenSource();
        await using var services = factory.Services.CreateAsyncScope();

        var payload = await MutationScope.RunAsync(services.ServiceProvider, "test", async scope =>
        {
            var distributor = new Distributor { Name = "Left behind" };
            scope.Db.Distributors.Add(distributor);
            await scope.Db.SaveChangesAsync(scope.CancellationToken);
            await leave.CancelAsync(); // between the last statement and the commit
            return Payload.Success(distributor);
        }, leave.Token);

        Assert.Empty(payload.Errors);
        await using var db = factory.Db();
        Assert.Contains(db.Distributors, d => d.Name == "Left behind");
        AssertNoFailure(factory);
    }

    private static void AssertNoFailure(ProbeFactory factory)
    {
        var failures = factory.Log.Entries.Where(e => e.Level >= LogLevel.Error || e.Exception != null).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
    }

    private static async Task Eventually(Func<bool> condition, string failure)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            if (waited > 20_000) Assert.Fail(failure);
            await Task.Delay(50);
        }
    }
}
