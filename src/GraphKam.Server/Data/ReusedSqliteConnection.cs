using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphKam.Server.Data;

// EF Core's SQLite connection is an internal API (EF1001); deriving from it keeps everything EF sets up on a
// connection (its functions, the command timeout) and changes only when a connection is opened, closed and let go.
#pragma warning disable EF1001

/// <summary>
/// EF Core's SQLite connection, kept open between contexts: a context takes an open connection from the
/// <see cref="SqliteConnectionShelf"/> (or makes one), leaves it open when a query ends, and hands it back when the
/// context is disposed. Each context still has a connection of its own for its lifetime, so nothing is shared
/// between parallel resolvers.
/// </summary>
public sealed class ReusedSqliteConnection(RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private SqliteConnectionShelf? _shelf;
    private bool _shelfLooked;

    // The server's shelf; none where contexts are made without the server's services (design time, tools).
    private SqliteConnectionShelf? Shelf
    {
        get
        {
            if (_shelfLooked) return _shelf;
            _shelf = Dependencies.ContextOptions.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
                ?.GetService<SqliteConnectionShelf>();
            _shelfLooked = true;
            return _shelf;
        }
    }

    protected override DbConnection CreateDbConnection() =>
        Shelf?.Take(ConnectionString!) ?? base.CreateDbConnection();

    // Left open for the next query and the next context; EF Core sees an open connection and neither opens nor closes it.
    protected override void CloseDbConnection()
    {
        if (Shelf == null) base.CloseDbConnection();
    }

    protected override Task CloseDbConnectionAsync() => Shelf == null ? base.CloseDbConnectionAsync() : Task.CompletedTask;

    // A pooled context's connection would stay with the context between leases (and a pool of idle contexts keep as
    // many connections open); handed back to the shelf instead, the open connections are only as many as are in use.
    protected override void ResetState(bool disposeDbConnection) => base.ResetState(disposeDbConnection: true);

    protected override ValueTask ResetStateAsync(bool disposeDbConnection) => base.ResetStateAsync(disposeDbConnection: true);

    protected override void DisposeDbConnection()
    {
        if (!Shelve()) base.DisposeDbConnection();
    }

    protected override ValueTask DisposeDbConnectionAsync() => Shelve() ? ValueTask.CompletedTask : base.DisposeDbConnectionAsync();

    private bool Shelve() =>
        DbConnection is SqliteConnection { State: ConnectionState.Open } connection
        && Shelf?.Return(ConnectionString!, connection) == true;
}

public static class ReusedSqliteConnectionSetup
{
    /// <summary>SQLite contexts take their connection from the server's <see cref="SqliteConnectionShelf"/>.</summary>
    public static DbContextOptionsBuilder KeepSqliteConnectionsOpen(this DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, ReusedSqliteConnection>();
}
