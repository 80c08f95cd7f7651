using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// Makes one chosen SQL statement slow inside the database itself: the next query whose text contains the armed
/// marker is wrapped so that, before its first row, the database counts to a hundred million (many seconds). Only
/// what the server sends when the command's cancellation token fires (<c>sqlite3_interrupt</c>, PostgreSQL's cancel
/// request) ends it early.
/// </summary>
public sealed class SlowStatements : DbCommandInterceptor
{
    private const string Count =
        "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) SELECT count(*) FROM n)";
    private readonly ArmedMarker _marker = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the slowed statement has been sent to SQLite.</summary>
    public Task Started => _started.Task;

    /// <summary>The slowed statement, as SQLite got it.</summary>
    public string? Text { get; private set; }

    public void Arm(string marker) => _marker.Arm(marker);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Slow(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Slow(command);
        return ValueTask.FromResult(result);
    }

    private void Slow(DbCommand command)
    {
        if (!_marker.TakeIn(command.CommandText)) return;
        // PostgreSQL 15 wants the derived table named.
        command.CommandText =
            $"SELECT * FROM ({command.CommandText.TrimEnd().TrimEnd(';')}) AS slowed WHERE {Count} > 0";
        Text = command.CommandText;
        _started.TrySetResult();
    }
}
