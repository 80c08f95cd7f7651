using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// A GraphKam server running as a process of its own (the built <c>GraphKam.Server.dll</c>) on a free loopback port,
/// configured by environment variables as an operator would; its output is kept for the failure message.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public Uri Address { get; }

    public ServerProcess(string name, IReadOnlyDictionary<string, string> settings)
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        var root = RepositoryRoot();
        var build = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/')))!;
        var dll = Path.Combine(root, "src", "GraphKam.Server", "bin", build, "net10.0", "GraphKam.Server.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", Address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.Combine(root, "src", "GraphKam.Server"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
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

    private static string RepositoryRoot()
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
