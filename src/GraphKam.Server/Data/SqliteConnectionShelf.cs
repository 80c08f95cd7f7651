using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphKam.Server.Data;

/// <summary>
/// Open SQLite connections kept between contexts (<see cref="ReusedSqliteConnection"/>). Opening a pooled connection
/// is not free: Microsoft.Data.Sqlite registers every function EF Core and we define again on each open, and each
/// registration leaves a finalizable handle behind (tens per request, a busy finalizer thread and gen-1 collections
/// under load), then our per-connection pragmas run. A connection that stays open pays all that once.
/// </summary>
public sealed class SqliteConnectionShelf : IDisposable
{
    /// <summary>Idle connections kept per database; more than that are closed when handed back.</summary>
    public const int MaxIdle = 32;

    private readonly ConcurrentDictionary<string, Shelf> _shelves = new();
    private volatile bool _closed;

    /// <summary>An open connection to <paramref name="connectionString"/>, or null when none is idle.</summary>
    public SqliteConnection? Take(string connectionString)
    {
        if (_closed || !_shelves.TryGetValue(connectionString, out var shelf)) return null;
        while (shelf.Idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref shelf.Count);
            if (connection.State == System.Data.ConnectionState.Open) return connection;
            connection.Dispose();
        }
        return null;
    }

    /// <summary>
    /// Keeps <paramref name="connection"/> for the next context when it is open, outside any transaction and there is
    /// room; false when the caller must dispose of it.
    /// </summary>
    public bool Return(string connectionString, SqliteConnection connection)
    {
        if (_closed || connection.State != System.Data.ConnectionState.Open
            || raw.sqlite3_get_autocommit(connection.Handle) == 0) return false;
        var shelf = _shelves.GetOrAdd(connectionString, _ => new Shelf());
        if (Interlocked.Increment(ref shelf.Count) > MaxIdle)
        {
            Interlocked.Decrement(ref shelf.Count);
            return false;
        }
        shelf.Idle.Push(connection);
        // Stopped meanwhile: what was just shelved is closed with the rest.
        if (_closed) CloseIdle();
        return true;
    }

    /// <summary>Closes every idle connection, so that nothing of this server holds the database files open.</summary>
    public void CloseIdle()
    {
        foreach (var shelf in _shelves.Values)
            while (shelf.Idle.TryPop(out var connection))
            {
                Interlocked.Decrement(ref shelf.Count);
                // Else disposing hands the open file to Microsoft.Data.Sqlite's own pool, which keeps it.
                SqliteConnection.ClearPool(connection);
                connection.Dispose();
            }
    }

    /// <summary>Closes the idle connections and keeps none from now on (the server is stopping).</summary>
    public void Dispose()
    {
        _closed = true;
        CloseIdle();
    }

    private sealed class Shelf
    {
        // Last in, first out: the connections in use stay warm (their page cache), the rest stay idle.
        public readonly ConcurrentStack<SqliteConnection> Idle = new();
        public int Count;
    }
}
