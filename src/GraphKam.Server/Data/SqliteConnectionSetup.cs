using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphKam.Server.Data;

/// <summary>
/// Per-connection SQLite settings. WAL mode itself is a property of the database file (set at start-up);
/// these must be set on every connection.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private static void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        using var command = sqlite.CreateCommand();
        // A writer waits for another writer instead of failing at once; readers never wait in WAL mode.
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
        // SQLite's own lower() folds ASCII only; case-insensitive filters must also match "É" with "é".
        sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        sqlite.CreateFunction(SqlDates.DaysBetweenFunction, (string? from, string? to) => SqlDates.DaysBetweenStored(from, to), isDeterministic: true);
    }
}
