using System.Data;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Backups;
using GraphKam.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphKam.Tests.Data;

/// <summary>
/// SQLite connections stay open between contexts (<see cref="SqliteConnectionShelf"/>): reused, but never with
/// anything the last context left undone, and let go when the server stops.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class SqliteConnectionShelfTests : IDisposable
{
    private readonly GraphKamFactory _factory = new();

    [Fact]
    public async Task Contexts_one_after_another_reuse_a_few_open_connections()
    {
        var seen = new HashSet<SqliteConnection>();
        for (var i = 0; i < 20; i++)
        {
            await using var db = _factory.Db();
            await db.Accounts.CountAsync();
            seen.Add((SqliteConnection)db.Database.GetDbConnection());
        }

        // Without the shelf every context makes (and opens) a connection of its own: 20. Background work may hold one.
        Assert.InRange(seen.Count, 1, 3);
        Assert.All(seen, connection => Assert.Equal(ConnectionState.Open, connection.State));
    }

    [Fact]
    public async Task What_a_context_left_uncommitted_is_undone_before_its_connection_serves_again()
    {
        int id;
        string name;
        await using (var db = _factory.Db())
        {
            (id, name) = await db.Accounts.OrderBy(a => a.Id).Select(a => ValueTuple.Create(a.Id, a.Name)).FirstAsync();
            await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE Accounts SET Name = 'never committed' WHERE Id = {id}");
        }

        for (var i = 0; i < 5; i++)
        {
            await using var next = _factory.Db();
            Assert.Equal(name, await next.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync());
        }
    }

    [Fact]
    public void A_connection_inside_a_transaction_is_not_kept()
    {
        using var shelf = new SqliteConnectionShelf();
        using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        connection.Open();
        using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN";
            begin.ExecuteNonQuery();
        }

        Assert.False(shelf.Return(_factory.ConnectionString, connection));
        Assert.Null(shelf.Take(_factory.ConnectionString));
    }

    [Fact]
    public async Task A_stopping_server_closes_its_idle_connections()
    {
        SqliteConnection connection;
        await using (var db = _factory.Db())
        {
            await db.Accounts.CountAsync();
            connection = (SqliteConnection)db.Database.GetDbConnection();
        }
        Assert.Equal(ConnectionState.Open, connection.State);

        Assert.NotEqual(0, OpenFiles());

        await _factory.Services.GetServices<IHostedService>().OfType<RunningServerLock>().Single().StopAsync(CancellationToken.None);

        Assert.Equal(ConnectionState.Closed, connection.State);
        // Closed for real: no file descriptor of this process points at the database any more (background work may
        // hold one for a moment).
        for (var waited = 0; OpenFiles() != 0 && waited < 5000; waited += 100) await Task.Delay(100);
        Assert.Equal(0, OpenFiles());
    }

    private int OpenFiles() => new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
        .Count(fd => fd.LinkTarget == _factory.DatabasePath);

    public void Dispose() => _factory.Dispose();
}
