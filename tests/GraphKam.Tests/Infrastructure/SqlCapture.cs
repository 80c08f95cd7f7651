using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// An EF Core command interceptor that records the text of every SQL statement the server runs for a caller (over HTTP,
/// a WebSocket or a stream). The server's own timers (sweeps, the health watch) also run statements whenever a test
/// moves the clock; those are left out, so a count of statements is the caller's alone.
/// </summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private IHttpContextAccessor? _requests;

    /// <summary>Records only statements run while a request is being served.</summary>
    internal SqlCapture For(IHttpContextAccessor requests)
    {
        _requests = requests;
        return this;
    }

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
        if (_requests is { HttpContext: null }) return;
        _commands.Enqueue(command.CommandText);
        _statements.Enqueue(new CapturedStatement(command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
    }

    private int _cancelled;

    /// <summary>
    /// Whether a statement ended because its token fired: EF Core reported it cancelled (the server's detector counts
    /// SQLite's interrupt and PostgreSQL's cancel as that), or it failed with SQLITE_INTERRUPT. A statement whose token
    /// fired but that ran to its end anyway does not count.
    /// </summary>
    public bool Interrupted => Volatile.Read(ref _cancelled) > 0
        || Failures.Any(e => e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 9 });

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) =>
        Interlocked.Increment(ref _cancelled);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        CommandCanceled(command, eventData);
        return Task.CompletedTask;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        _failures.Enqueue(eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
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
