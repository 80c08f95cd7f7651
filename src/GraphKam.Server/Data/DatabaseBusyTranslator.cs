using GraphKam.GraphQL.Errors;
using GraphQL;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GraphKam.Server.Data;

/// <summary>
/// A database that stayed locked by another writer (SQLite's BUSY or LOCKED after the command timeout, PostgreSQL's
/// lock timeout or a deadlock) is a passing condition, not a fault: the client gets <c>DATABASE_BUSY</c> and may retry,
/// and nothing was written (the statement failed, so its transaction rolled back).
/// </summary>
public sealed class DatabaseBusyTranslator : IErrorTranslator
{
    public const string Code = "DATABASE_BUSY";

    /// <summary>
    /// How long a SQLite statement keeps retrying a locked database: well inside the GraphQL execution timeout, so the
    /// client hears why instead of a bare TIMEOUT.
    /// </summary>
    public const int SqliteCommandTimeoutSeconds = 10;

    public ExecutionError? Translate(Exception exception)
    {
        for (var cause = exception; cause != null; cause = cause.InnerException)
            if (cause is SqliteException { SqliteErrorCode: 5 or 6 } // SQLITE_BUSY, SQLITE_LOCKED
                or PostgresException { SqlState: "55P03" or "40P01" }) // lock_not_available, deadlock_detected
                return new CodedError(Code, "The database is busy with another change and nothing was saved; try again.");
        return null;
    }
}
