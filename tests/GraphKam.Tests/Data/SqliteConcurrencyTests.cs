using GraphKam.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

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

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
