using System.Data.Common;
using GraphKam.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphKam.Tests.Data;

/// <summary>
/// A statement whose token fires while SQLite runs it is interrupted, and the interrupter then forgets it: the
/// interrupt ends as a cancellation (see DatabaseCancellationDetector), and a cancelled command must be let go too.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class SqliteInterruptionTests
{
    private const string Count = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)
        SELECT count(*) AS "Value" FROM n
        """;

    [Fact]
    public async Task A_statement_cancelled_while_it_runs_is_interrupted_and_then_forgotten()
    {
        var interruption = new SqliteInterruption();
        using var cancellation = new CancellationTokenSource();
        var options = new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:")
            .ReplaceService<IExceptionDetector, DatabaseCancellationDetector>()
            .AddInterceptors(interruption, new CancelOnceRunning(cancellation))
            .Options;
        await using var db = new DbContext(options);

        var failure = await Assert.ThrowsAsync<SqliteException>(
            () => db.Database.SqlQueryRaw<int>(Count).ToListAsync(cancellation.Token));
        Assert.Equal(9, failure.SqliteErrorCode); // SQLITE_INTERRUPT: it stopped counting
        Assert.Equal(0, interruption.Watched);
    }

    /// <summary>Cancels the token a moment after the statement has been handed to SQLite.</summary>
    private sealed class CancelOnceRunning(CancellationTokenSource cancellation) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));
            return ValueTask.FromResult(result);
        }
    }
}
