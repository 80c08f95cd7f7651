using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace GraphKam.Server.Data;

/// <summary>
/// Tells EF Core that a statement stopped because its token fired (the caller went away, or the execution timeout)
/// was cancelled, not failed: EF Core then logs it as a cancellation (Debug) instead of an error with the exception's
/// stack trace. SQLite reports the interrupt <see cref="SqliteInterruption"/> sends as SQLITE_INTERRUPT; PostgreSQL
/// reports the cancel request Npgsql sends as SQLSTATE 57014, which Npgsql usually wraps in an
/// <see cref="OperationCanceledException"/>. SaveChanges reports the same interrupt wrapped in a
/// <c>DbUpdateException</c>, so the causes are looked through.
/// </summary>
public sealed class DatabaseCancellationDetector : IExceptionDetector
{
    private const int SqliteInterrupt = 9;
    private const string PostgreSqlQueryCanceled = "57014";

    // 57014 is also a statement_timeout's code: without a fired token it stays a failure.
    public bool IsCancellation(Exception exception, CancellationToken cancellationToken = default)
    {
        for (var cause = exception; cause != null; cause = cause.InnerException)
            if (cause is OperationCanceledException
                || (cancellationToken.IsCancellationRequested
                    && cause is SqliteException { SqliteErrorCode: SqliteInterrupt }
                        or PostgresException { SqlState: PostgreSqlQueryCanceled }))
                return true;
        return false;
    }
}
