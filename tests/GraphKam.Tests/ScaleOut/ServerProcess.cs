using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// A GraphKam server running as a process of its own (the built <c>GraphKam.Server.dll</c>, or a published one) on a
/// free loopback port, configured by environment variables as an operator would; its output is kept for the failure
/// message.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public Uri Address { get; }

    /// <param name="published">A folder the server was published to, started from there; the build when null.</param>
    public ServerProcess(string name, IReadOnlyDictionary<string, string> settings, string? published = null)
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(settings, published, "--urls", Address.ToString().TrimEnd('/'));
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(name, e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(name, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Waits until <c>/readyz</c> answers 200 (database and event bus reachable).</summary>
    public async Task ReadyAsync(TimeSpan within)
    {
        using var http = Client();
        var until = DateTime.UtcNow + within;
        while (true)
        {
            Assert.False(_process.HasExited, $"The server exited:\n{Output}");
            try
            {
                if ((await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(DateTime.UtcNow < until, $"The server was not ready within {within}:\n{Output}");
            await Task.Delay(250);
        }
    }

    private void Keep(string name, string? line)
    {
        if (line == null) return;
        lock (_output) _output.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"[{name}] {line}");
    }

    /// <summary>Runs one of the server's commands (<c>backup</c>, <c>migrate</c>, …) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(
        IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        return await RunToEndAsync(StartInfo(settings, published: null, arguments), TimeSpan.FromMinutes(2));
    }

    /// <summary>Runs a program to its end (at most <paramref name="patience"/>); its exit code and all it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(ProcessStartInfo start, TimeSpan patience)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var waiting = new CancellationTokenSource(patience);
        await process.WaitForExitAsync(waiting.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, string? published,
        params string[] arguments)
    {
        var folder = published ?? Path.Combine(RepositoryRoot(), "src", "GraphKam.Server", "bin", BuildConfiguration, "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "GraphKam.Server.dll"), .. arguments])
        {
            WorkingDirectory = published ?? Path.Combine(RepositoryRoot(), "src", "GraphKam.Server"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return start;
    }

    /// <summary>The configuration the tests were built in (Debug, Release), which built the server too.</summary>
    public static string BuildConfiguration =>
        Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/')))!;

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "GraphKam.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
