using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraphKam.Bench;

/// <summary>A GraphKam server process (built in this benchmark's configuration) on a free loopback port.</summary>
public sealed class LoadInstance : IDisposable
{
    private readonly Process _process;

    public Uri Address { get; }

    /// <summary>The CPU time the server process has used so far (all its threads).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <param name="serverFolder">A published server (e.g. ReadyToRun); the server built in this configuration when null.</param>
    public LoadInstance(IReadOnlyDictionary<string, string> settings, string? serverFolder = null)
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        var root = Root();
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/')))!;
        var dll = Path.Combine(serverFolder ?? Path.Combine(root, "src", "GraphKam.Server", "bin", configuration, "net10.0"), "GraphKam.Server.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"No server at {dll}: build it, or publish it to the folder given.", dll);
        // A published folder starts through its own executable, which a self-contained publish needs (it has no
        // shared framework for `dotnet` to load); a build's output starts through `dotnet`.
        var executable = Path.Combine(Path.GetDirectoryName(dll)!, "GraphKam.Server");
        var urls = Address.ToString().TrimEnd('/');
        var start = serverFolder != null && File.Exists(executable)
            ? new ProcessStartInfo(executable, ["--urls", urls])
            : new ProcessStartInfo("dotnet", [dll, "--urls", urls]);
        start.WorkingDirectory = serverFolder ?? Path.Combine(root, "src", "GraphKam.Server");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data != null) Console.Error.WriteLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async Task ReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        for (var waited = 0; ; waited += 500)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited ({_process.ExitCode}).");
            try
            {
                if ((await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Still starting.
            }
            if (waited > 600_000) throw new TimeoutException("The server did not become ready in 10 minutes.");
            await Task.Delay(500);
        }
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "GraphKam.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository.");
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
