namespace GraphKam.Server.Data.Backups;

/// <summary>
/// Tells a restore that a server is using the database: every running server holds a shared lock on
/// <c>&lt;database&gt;.lock</c> (an OS file lock, released when the process ends, even when it crashes), and a
/// restore takes it exclusively, so it fails while any server runs and no server can start during a restore.
/// </summary>
public sealed class RunningServerLock(IServiceProvider services, SqliteConnectionShelf shelf, ILogger<RunningServerLock> logger) : IHostedService, IDisposable
{
    private FileStream? _lock;

    /// <summary>Beside the database's real file, so a server and a restore that name it differently still meet.</summary>
    public static string PathFor(string databaseFile) => RealPath.Of(databaseFile) + ".lock";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (DatabaseFiles.SqliteFileOf(services) is not { } file) return Task.CompletedTask;
        try
        {
            _lock = Open(file, FileShare.ReadWrite);
        }
        catch (IOException)
        {
            throw new InvalidOperationException($"{file} is being restored: start the server once the restore is done.");
        }
        logger.LogDebug("Holding {LockFile} while the server runs.", PathFor(file));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // A stopping server lets go of the database: no idle connection keeps its files open for a restore.
        shelf.CloseIdle();
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }

    /// <summary>The lock for a restore, or null when a server holds it.</summary>
    public static FileStream? TryExclusive(string databaseFile)
    {
        try
        {
            return Open(databaseFile, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    // On Linux and macOS .NET takes flock(): shared unless FileShare.None; Windows enforces the sharing mode itself.
    private static FileStream Open(string databaseFile, FileShare share) =>
        new(PathFor(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
}
