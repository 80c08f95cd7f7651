using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Data;

public sealed class SqliteConcurrencyTests
{
    [SqliteFact("WAL mode and SQLite's locks; PostgreSQL readers never wait for writers.")]
    public async Task Readers_do_not_wait_for_an_open_write_transaction()
    {
        using var factory = new GraphKamFactory();
        var client = factory.Client();
        var before = (await client.DataAsync("{ accounts { totalCount } }")).At("accounts.totalCount").GetInt32();

        // A writer holds an EXCLUSIVE lock with an uncommitted insert. Without WAL this blocks every reader
        // (a plain BEGIN would not: its RESERVED lock still lets readers in, so it would prove nothing)…
        await using var writer = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await writer.OpenAsync();
        await Execute(writer, "BEGIN EXCLUSIVE");
        await Execute(writer, "INSERT INTO Accounts (Name, Industry, Region, Scale, Employees, MonthlyRevenue, MonthlyItRevenue, ProductsInUse, Strategic, Coverage, LoyaltyStage, CreatedAt, UpdatedAt, Version) VALUES ('Uncommitted', 8, 'X', 3, 0, 0, 0, 0, 0, 2, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)");

        // …and GraphQL reads go on at once, seeing only committed data.
        var during = client.DataAsync("{ accounts { totalCount } }");
        Assert.Same(during, await Task.WhenAny(during, Task.Delay(TimeSpan.FromSeconds(2))));
        Assert.Equal(before, (await during).At("accounts.totalCount").GetInt32());

        await Execute(writer, "COMMIT");
        Assert.Equal(before + 1, (await client.DataAsync("{ accounts { totalCount } }")).At("accounts.totalCount").GetInt32());
    }

    [SqliteFact("SQLite's write lock held by another process; PostgreSQL locks rows, not the database.")]
    public async Task A_write_blocked_by_another_writer_gets_DATABASE_BUSY_before_the_timeout_and_saves_nothing()
    {
        using var factory = new ProbeFactory { Settings = { ["GraphKam:SeedDemoData"] = "false" } };
        var client = factory.Client();
        await client.DataAsync("{ accounts { totalCount } }");

        // Another process (an operator's sqlite3 shell, say) holds the write lock and does not let go.
        await using (var writer = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=false"))
        {
            await writer.OpenAsync();
            await Execute(writer, "BEGIN IMMEDIATE");
            var started = System.Diagnostics.Stopwatch.StartNew();
            var blocked = await client.PostAsync("""
                mutation { createAccount(input: { name: "Blocked", industry: FINANCE, region: "East" }) {
                  account { id } } }
                """);

            // The client hears why, with a code to retry on, well before the 30-second execution timeout; nothing
            // is logged as a failure (there is no correlation ID to give, nothing for an operator to look up).
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(25), $"took {started.Elapsed}");
            var error = blocked.Errors[0];
            Assert.Equal("DATABASE_BUSY", error.At("extensions.code").GetString());
            Assert.False(error.At("extensions").TryGetProperty("correlationId", out _), blocked.Text);
            Assert.DoesNotContain(factory.Log.Messages, message => message.Contains("correlation", StringComparison.Ordinal));
            await Execute(writer, "ROLLBACK");
        }
        Assert.Equal(0, (await client.DataAsync("{ accounts { totalCount } }")).At("accounts.totalCount").GetInt32());
    }

    [SqliteFact("SQLite's write lock held by another process; PostgreSQL locks rows, not the database.")]
    public async Task A_sign_in_blocked_by_another_writer_gets_503_DATABASE_BUSY_and_logs_no_failure()
    {
        // Development: what `dotnet run` gives, whose error page would log the lock as an unhandled exception.
        using var factory = new ProbeFactory { HostEnvironment = "Development", Settings = { ["GraphKam:SeedDemoData"] = "false" } };
        var loginId = await factory.Logins.LoginAsync(Roles.Director);
        await using var db = factory.Db();
        var email = (await db.Logins.SingleAsync(l => l.Id == loginId)).Email;

        await using var writer = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=false");
        await writer.OpenAsync();
        await Execute(writer, "BEGIN IMMEDIATE");
        var response = await factory.CreateClient().PostAsJsonAsync("/auth/login", new { email, password = TestLogins.TestPassword });
        await Execute(writer, "ROLLBACK");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("DATABASE_BUSY", JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
        // EF Core's own record of the failed statement stays (another process holding the database is worth an
        // operator's notice); nothing reports an unhandled exception.
        Assert.Empty(factory.Log.Entries.Where(e => e.Level >= LogLevel.Error && e.Category != "Microsoft.EntityFrameworkCore.Database.Command")
            .Select(e => $"{e.Category}: {e.Message}"));
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
