using System.Data.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace GraphKam.Tests.Data;

/// <summary>
/// SQLite statements stay prepared between queries on an open connection (<see cref="SqliteStatementCache"/>): run
/// again, not prepared again; with the right parameters, inside and outside transactions, after a failure and after
/// an interrupt; and only so many per connection.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class SqliteStatementCacheTests : IDisposable
{
    private const int StatementRuns = 6; // SQLITE_STMTSTATUS_RUN

    private readonly TrackingFactory _factory = new();

    [Fact]
    public async Task A_read_run_again_reuses_its_prepared_statement_with_the_new_parameters()
    {
        await using var db = _factory.Db();
        var accounts = await db.Accounts.OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).Take(3).ToListAsync();

        foreach (var account in accounts)
            Assert.Equal(account.Name, await db.Accounts.Where(a => a.Id == account.Id).Select(a => a.Name).SingleAsync());

        // Prepared afresh each time, no statement would have run more than once.
        var byName = Statements(db).Where(s => s.Sql.Contains("\"Name\"") && s.Sql.Contains("LIMIT")).ToList();
        Assert.Contains(byName, s => s.Runs == accounts.Count);
    }

    [Fact]
    public async Task A_statement_first_run_inside_a_transaction_runs_again_after_it()
    {
        await using var db = _factory.Db();
        var id = await db.Accounts.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var name = await NameOf(db, id);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE Accounts SET Name = 'inside' WHERE Id = {id}");
            // A text not run before: its command is made inside the transaction, then kept.
            Assert.Equal("inside", await NameAndOwnerOf(db, id));
            await transaction.RollbackAsync();
        }

        // Kept with the finished transaction, Microsoft.Data.Sqlite would refuse to run it.
        Assert.Equal(name, await NameAndOwnerOf(db, id));
        Assert.Equal(name, await NameAndOwnerOf(db, id));
    }

    [Fact]
    public async Task A_statement_that_failed_or_was_interrupted_runs_again_correctly()
    {
        await using var db = _factory.Db();
        const string insert = "INSERT INTO FunnelStages (Id, \"Key\", Name, \"Order\", DefaultProbability) VALUES ({0}, 'X', 'x', 1, 0)";
        var stage = await db.FunnelStages.Select(s => s.Id).FirstAsync();
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(insert, stage));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(insert, stage));

        const string count = """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0})
            SELECT count(*) AS "Value" FROM n
            """;
        using (var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
            await Assert.ThrowsAnyAsync<Exception>(
                () => db.Database.SqlQueryRaw<int>(count, 100_000_000).ToListAsync(cancellation.Token));

        Assert.Equal([10], await db.Database.SqlQueryRaw<int>(count, 10).ToListAsync());
        Assert.Equal([20], await db.Database.SqlQueryRaw<int>(count, 20).ToListAsync());
    }

    [Fact]
    public async Task A_connection_keeps_a_bounded_number_of_statements()
    {
        await using var db = _factory.Db();
        for (var i = 0; i < IdleStatements.Capacity * 3; i++)
        {
            // A different text each time (a constant, not a parameter).
            var sql = $"SELECT {i} AS \"Value\"";
            Assert.Equal([i], await db.Database.SqlQueryRaw<int>(sql).ToListAsync());
        }

        Assert.InRange(Statements(db).Count, 1, IdleStatements.Capacity + 1);
    }

    private static Task<string> NameOf(GraphKamDbContext db, int id) =>
        db.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync();

    private static async Task<string> NameAndOwnerOf(GraphKamDbContext db, int id) =>
        (await db.Accounts.Where(a => a.Id == id).Select(a => new { a.Name, a.OwnerId }).SingleAsync()).Name;

    // Every statement prepared on the context's connection now, as SQLite lists them.
    private static List<(string Sql, int Runs)> Statements(GraphKamDbContext db)
    {
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        var found = new List<(string, int)>();
        for (var stmt = raw.sqlite3_next_stmt(handle, null); stmt != null && !stmt.IsInvalid; stmt = raw.sqlite3_next_stmt(handle, stmt))
            found.Add((raw.sqlite3_sql(stmt).utf8_to_string(), raw.sqlite3_stmt_status(stmt, StatementRuns, 0)));
        return found;
    }

    public void Dispose() => _factory.Dispose();

    // SQLitePCL lists a connection's statements only when asked to track them from its opening.
    private sealed class TrackingFactory : GraphKamFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor, TrackStatements>());
        }
    }

    private sealed class TrackStatements : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            ((SqliteConnection)connection).Handle!.enable_sqlite3_next_stmt(true);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            ConnectionOpened(connection, eventData);
            return Task.CompletedTask;
        }
    }
}
