using GraphKam.Server.Common;
using System.Diagnostics;
using System.Net;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Streaming;

/// <summary>
/// The npm clients people use — graphql-ws, Apollo's subscriptions-transport-ws and graphql-sse — each receive an
/// event from the real server on a loopback port (tests/js-clients/check.mjs, run with Node).
/// </summary>
public sealed class JavaScriptClientTests : IAsyncLifetime
{
    private readonly GraphKamFactory _factory = GraphKamFactory.Empty();

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        await KnownData.SeedAsync(_factory);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_npm_clients_receive_events()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "js-clients");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
            Assert.Equal(0, (await RunAsync("npm", "ci --no-audit --no-fund", folder)).ExitCode); // the lock file pins the versions
        var baseAddress = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var (exitCode, output) = await RunAsync("node", $"check.mjs {baseAddress} --token {await _factory.Logins.TokenAsync(GraphKam.Server.Common.Roles.Director)}", folder);
        Assert.True(exitCode == 0, output);
        Assert.Contains("""{"graphql-ws":"CREATED","subscriptions-transport-ws":"CREATED","graphql-sse":"CREATED"}""", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string arguments, string folder)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not start; it is needed for this test.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{program} {arguments} did not finish."); }
        return (process.ExitCode, await output + await errors);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "GraphKam.sln"))) return directory.FullName;
        throw new InvalidOperationException("Run the tests from within the repository.");
    }
}
