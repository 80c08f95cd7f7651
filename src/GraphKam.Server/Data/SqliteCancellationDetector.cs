using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphKam.Server.Data;

/// <summary>
/// Tells EF Core that a statement <see cref="SqliteInterruption"/> interrupted because its token fired (the caller
/// went away, or the execution timeout) was cancelled, not failed: EF Core then logs it as a cancellation (Debug)
/// instead of an error with the exception's stack trace.
/// </summary>
public sealed class SqliteCancellationDetector : IExceptionDetector
{
    private const int SqliteInterrupt = 9;

    public bool IsCancellation(Exception exception, CancellationToken cancellationToken = default) =>
        exception is OperationCanceledException
        || (exception is SqliteException { SqliteErrorCode: SqliteInterrupt }
            && cancellationToken.IsCancellationRequested);
}
