using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace GraphKam.Server.Data;

/// <summary>
/// The command EF Core gets on SQLite (<see cref="SqliteStatementCache"/>): once its SQL is set, it borrows the
/// connection's idle command for that SQL, prepared statements and all, runs everything through it, and hands it
/// back when disposed — unless it failed, or its reader is still open, in which case it is disposed as usual.
/// </summary>
public sealed class ReusedStatementCommand : DbCommand
{
    private readonly SqliteConnection _connection;
    private readonly IdleStatements _statements;
    private SqliteCommand? _command;
    private SqliteDataReader? _reader;
    private bool _borrowed;
    private bool _failed;

    public ReusedStatementCommand(SqliteConnection connection, IdleStatements statements)
    {
        _connection = connection;
        _statements = statements;
        // Nothing of its own to release: the borrowed command has its own finalizer.
        GC.SuppressFinalize(this);
    }

    // Used before its SQL is set (or set empty): a command of its own, never kept.
    private SqliteCommand Command => _command ??= _connection.CreateCommand();

    [AllowNull]
    public override string CommandText
    {
        get => _command?.CommandText ?? string.Empty;
        set
        {
            if (_command == null && !string.IsNullOrEmpty(value))
            {
                _command = _statements.Take(value);
                _borrowed = true;
            }
            // A new text makes Microsoft.Data.Sqlite drop the statements prepared for the old one.
            else Command.CommandText = value;
        }
    }

    public override int CommandTimeout { get => Command.CommandTimeout; set => Command.CommandTimeout = value; }
    public override CommandType CommandType { get => Command.CommandType; set => Command.CommandType = value; }
    public override bool DesignTimeVisible { get => Command.DesignTimeVisible; set => Command.DesignTimeVisible = value; }
    public override UpdateRowSource UpdatedRowSource { get => Command.UpdatedRowSource; set => Command.UpdatedRowSource = value; }
    protected override DbParameterCollection DbParameterCollection => Command.Parameters;

    protected override DbConnection? DbConnection
    {
        get => Command.Connection;
        set
        {
            // Another connection's command cannot go back to this connection's set.
            _borrowed &= ReferenceEquals(value, _connection);
            Command.Connection = (SqliteConnection?)value;
        }
    }

    protected override DbTransaction? DbTransaction
    {
        get => Command.Transaction;
        set => Command.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => Command.Cancel();
    public override void Prepare() => Command.Prepare();
    protected override DbParameter CreateDbParameter() => Command.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) =>
        Run(() => _reader = Command.ExecuteReader(behavior));

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior,
        CancellationToken cancellationToken)
    {
        try
        {
            return _reader = await Command.ExecuteReaderAsync(behavior, cancellationToken);
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    public override int ExecuteNonQuery() => Run(Command.ExecuteNonQuery);
    public override object? ExecuteScalar() => Run(Command.ExecuteScalar);

    private T Run<T>(Func<T> execute)
    {
        try
        {
            return execute();
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _command is { } command)
        {
            _command = null;
            if (_borrowed && !_failed && _reader?.IsClosed != false) _statements.Return(command);
            else command.Dispose();
        }
        base.Dispose(disposing);
    }
}
