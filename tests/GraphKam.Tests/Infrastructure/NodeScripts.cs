using System.Diagnostics;

namespace GraphKam.Tests.Infrastructure;

/// <summary>Runs the Node scripts in tests/js-clients (npm clients against the real server).</summary>
public static class NodeScripts
{
    public static string Folder => Path.Combine(RepositoryRoot(), "tests", "js-clients");

    /// <summary>Runs <c>node {arguments}</c> in tests/js-clients, after <c>npm ci</c> if needed.</summary>
    public static async Task<(int ExitCode, string Output)> NodeAsync(string arguments)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            var install = await RunAsync("npm", "ci --no-audit --no-fund", Folder); // the lock file pins the versions
            Assert.Equal(0, install.ExitCode);
        }
        return await RunAsync("node", arguments, Folder);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string arguments, string folder)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{program} could not start; it is needed for this test.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {arguments} did not finish.");
        }
        return (process.ExitCode, await output + await errors);
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null;
             directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "GraphKam.sln"))) return directory.FullName;
        throw new InvalidOperationException("Run the tests from within the repository.");
    }
}
