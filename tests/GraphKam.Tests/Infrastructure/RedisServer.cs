using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A private <c>redis-server</c> on a free loopback port, for tests that need to stop and start Redis (an outage).
/// Without the binary the tests that use it are skipped locally and fail under CI, which installs it.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string Binary = "/usr/bin/redis-server";
    private Process? _process;

    public int Port { get; } = FreePort();
    public string Configuration => $"127.0.0.1:{Port}";

    public static bool Available => File.Exists(Binary);

    public RedisServer() => Start();

    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo(Binary,
            $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode yes")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        for (var waited = 0; !Answers(); waited += 50)
        {
            if (waited > 10_000) throw new InvalidOperationException($"redis-server did not start on port {Port}.");
            Thread.Sleep(50);
        }
    }

    /// <summary>Stops Redis at once, as a crash would.</summary>
    public void Stop()
    {
        if (_process is not { HasExited: false } process) return;
        process.Kill();
        process.WaitForExit();
        process.Dispose();
        _process = null;
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Stop();
}

/// <summary>A test that needs <c>redis-server</c>: skipped locally without it; CI installs it.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (!RedisServer.Available && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"No Redis: install redis-server ({RedisServer.Binary}) to run the Redis event bus tests.";
    }
}
