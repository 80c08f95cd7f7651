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
    private readonly ConcurrentDictionary<DbCommand, Interrupter> _running = new();

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
        var interrupter = new Interrupter(connection);
        interrupter.Registration = cancellationToken.Register(static state => ((Interrupter)state!).Start(), interrupter);
        if (!_running.TryAdd(command, interrupter)) interrupter.Dispose();
    }

    private void Release(DbCommand command)
    {
        if (_running.TryRemove(command, out var interrupter)) interrupter.Dispose();
    }

    /// <summary>
    /// Interrupts one command's connection until the command ends. Once is not enough: SQLite forgets an interrupt
    /// that arrives before the statement's first step (a token that fires while the command is being prepared), so
    /// the interrupt is repeated until the command lets go.
    /// </summary>
    private sealed class Interrupter(SqliteConnection connection) : IDisposable
    {
        private static readonly TimeSpan Again = TimeSpan.FromMilliseconds(100);
        private readonly Lock _gate = new();
        private Timer? _timer;
        private bool _stopped;

        public CancellationTokenRegistration Registration { get; set; }

        public void Start()
        {
            lock (_gate)
            {
                if (_stopped) return;
                _timer = new Timer(static state => ((Interrupter)state!).Interrupt(), this, TimeSpan.Zero, Again);
            }
        }

        // Under the gate: after Dispose returns, no interrupt can reach the connection's next command.
        private void Interrupt()
        {
            lock (_gate)
            {
                if (!_stopped && connection.Handle is { } handle) SQLitePCL.raw.sqlite3_interrupt(handle);
            }
        }

        public void Dispose()
        {
            Registration.Dispose();
            lock (_gate)
            {
                _stopped = true;
                _timer?.Dispose();
            }
        }
    }
}
