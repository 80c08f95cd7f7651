using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.Tests.Infrastructure;

/// <summary>An EF Core command interceptor that records the text of every SQL statement the server runs.</summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentQueue<CapturedStatement> _statements = new();

    public IReadOnlyList<string> Commands => _commands.ToList();

    /// <summary>The statements with their parameter values, to ask the database how it runs them.</summary>
    public IReadOnlyList<CapturedStatement> Statements => _statements.ToList();

    private readonly ConcurrentQueue<Exception> _failures = new();

    /// <summary>The errors of statements that failed (e.g. interrupted by a cancellation).</summary>
    public IReadOnlyList<Exception> Failures => _failures.ToList();

    public void Clear()
    {
        _commands.Clear();
        _statements.Clear();
    }

    private void Record(DbCommand command)
    {
        _commands.Enqueue(command.CommandText);
        _statements.Enqueue(new CapturedStatement(command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
    }

    private int _cancelled;
    private readonly ConcurrentDictionary<DbCommand, CancellationTokenRegistration> _running = new();

    /// <summary>
    /// Whether a statement's cancellation token fired while SQLite ran it (the server's interceptor then interrupts
    /// it), EF Core reported a statement cancelled, or a statement failed with SQLITE_INTERRUPT.
    /// </summary>
    public bool Interrupted => Volatile.Read(ref _cancelled) > 0
        || Failures.Any(e => e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 9 });

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
            _running[command] = cancellationToken.Register(() => Interlocked.Increment(ref _cancelled));
    }

    private void Release(DbCommand command)
    {
        if (_running.TryRemove(command, out var registration)) registration.Dispose();
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    // EF Core reports a statement interrupted by its token as cancelled (see SqliteCancellationDetector).
    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData)
    {
        Release(command);
        Interlocked.Increment(ref _cancelled);
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        CommandCanceled(command, eventData);
        return Task.CompletedTask;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        Release(command);
        _failures.Enqueue(eventData.Exception);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        _failures.Enqueue(eventData.Exception);
        return Task.CompletedTask;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}

/// <summary>A statement as the server sent it: its text and its parameters' names and values.</summary>
public sealed record CapturedStatement(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
