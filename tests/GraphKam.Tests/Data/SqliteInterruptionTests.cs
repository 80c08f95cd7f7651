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

    [Fact]
    public async Task A_statement_whose_token_fires_before_its_first_step_is_still_interrupted()
    {
        // SQLite clears a pending interrupt when a statement starts. The token can fire after the command checked it
        // and before SQLite's first step (a client leaving just then): one interrupt sent in that moment was lost and
        // the statement counted to its end. The command is run here without a token, so that moment lasts.
        var interruption = new SqliteInterruption();
        using var cancellation = new CancellationTokenSource();
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Count;
        await interruption.ReaderExecutingAsync(command, null!, default, cancellation.Token);
        await cancellation.CancelAsync();
        await Task.Delay(300); // the first interrupt has come and gone

        var counting = Task.Run(() => command.ExecuteScalar());
        try
        {
            var failure = await Assert.ThrowsAsync<SqliteException>(() => counting.WaitAsync(TimeSpan.FromSeconds(5)));
            Assert.Equal(9, failure.SqliteErrorCode);
        }
        finally
        {
            SQLitePCL.raw.sqlite3_interrupt(connection.Handle); // a failed check must not leave it counting
            await Task.WhenAny(counting);
        }

        interruption.CommandFailed(command, null!);
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
