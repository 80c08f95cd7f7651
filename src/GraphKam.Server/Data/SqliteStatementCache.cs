using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.Server.Data;

/// <summary>
/// Keeps SQLite's prepared statements between queries. EF Core makes a new command for every execution and
/// Microsoft.Data.Sqlite prepares a new command's SQL again (parsing and planning were a tenth of a simple read's
/// CPU); the connections stay open on the <see cref="SqliteConnectionShelf"/>, so each keeps its recent commands,
/// prepared, by SQL text, and EF Core is handed a <see cref="ReusedStatementCommand"/> that borrows one of them.
/// </summary>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    // One set per open connection, gone with the connection.
    private static readonly ConditionalWeakTable<SqliteConnection, IdleStatements> Statements = new();

    public override InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData,
        InterceptionResult<DbCommand> result) =>
        result.HasResult || eventData.Connection is not SqliteConnection connection
            ? result
            : InterceptionResult<DbCommand>.SuppressWithResult(
                new ReusedStatementCommand(connection, Statements.GetValue(connection, static c => new IdleStatements(c))));
}

/// <summary>One connection's idle commands, by SQL text, each with its statements prepared.</summary>
public sealed class IdleStatements(SqliteConnection connection)
{
    /// <summary>Idle commands kept per connection; when full, all are let go and the set starts again.</summary>
    public const int Capacity = 64;

    private readonly Dictionary<string, SqliteCommand> _idle = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many are kept now.</summary>
    public int Count
    {
        get { lock (_gate) return _idle.Count; }
    }

    /// <summary>
    /// A command for <paramref name="sql"/>: a kept one when there is, else a new one. Inside a transaction always a
    /// new one, which takes the connection's transaction as Microsoft.Data.Sqlite requires.
    /// </summary>
    public SqliteCommand Take(string sql)
    {
        if (connection.Handle is { } handle && SQLitePCL.raw.sqlite3_get_autocommit(handle) != 0)
            lock (_gate)
                if (_idle.Remove(sql, out var kept)) return kept;
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Keeps a command whose reader is closed, cleared of what its last use set.</summary>
    public void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        command.CommandTimeout = connection.DefaultTimeout;
        List<SqliteCommand>? dropped = null;
        lock (_gate)
        {
            if (connection.State != System.Data.ConnectionState.Open || !_idle.TryAdd(command.CommandText, command))
                (dropped ??= []).Add(command);
            else if (_idle.Count > Capacity)
            {
                dropped = [.. _idle.Values];
                _idle.Clear();
            }
        }
        dropped?.ForEach(static c => c.Dispose());
    }
}
