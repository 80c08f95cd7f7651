using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.Server.Data;

/// <summary>
/// Makes cancellation stop a running SQLite statement. Microsoft.Data.Sqlite runs statements synchronously and its
/// <c>Cancel</c> does nothing, so a cancelled request (the execution timeout, a client gone) would otherwise keep a
/// thread and the connection busy until the statement ends on its own. While a command runs (until its reader is
/// closed), its cancellation token interrupts the connection (<c>sqlite3_interrupt</c>); the statement then fails
/// with SQLITE_INTERRUPT.
/// </summary>
public sealed class SqliteInterruption : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, CancellationTokenRegistration> _running = new();

    /// <summary>How many commands it watches now: each is forgotten when it ends, however it ends.</summary>
    public int Watched => _running.Count;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command,
        CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command,
        CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override Task CommandFailedAsync(DbCommand command,
        CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command);

    // An interrupted statement ends here, not in CommandFailed (see DatabaseCancellationDetector).
    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(command);

    public override InterceptionResult DataReaderClosing(DbCommand command,
        DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command,
        DataReaderClosingEventData eventData,
        InterceptionResult result)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command,
        DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection connection) return;
        var registration = cancellationToken.Register(static state =>
        {
            if (((SqliteConnection)state!).Handle is { } handle) SQLitePCL.raw.sqlite3_interrupt(handle);
        }, connection);
        if (!_running.TryAdd(command, registration)) registration.Dispose();
    }

    // Disposing the registration waits for an interrupt in progress: none can reach the connection's next command.
    private void Release(DbCommand command)
    {
        if (_running.TryRemove(command, out var registration)) registration.Dispose();
    }
}
