using System.Collections.Concurrent;
using System.Diagnostics;
using GraphKam.Server.Data.Backups;
using GraphKam.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphKam.Tests.Operations;

/// <summary>
/// <c>backup</c> and <c>restore</c>: a backup taken while the server writes is sound and holds every write
/// acknowledged before it began; a restore refuses while a server runs on the database.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("graphkam-backup-");

    public void Dispose() => _folder.Dispose();

    private static HashSet<string> OpportunityNames(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM Opportunities";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    [SqliteFact("Backup and restore copy the SQLite file; PostgreSQL is backed up with its own tools.")]
    public async Task A_backup_under_write_load_is_sound_and_holds_every_write_acknowledged_before_it_began()
    {
        using var factory = new GraphKamFactory();
        var client = factory.Client();
        var account = (await client.DataAsync("{ accounts(first: 1) { nodes { id } } }")).At("accounts.nodes")[0]
            .GetProperty("id").GetString();
        var acknowledged = new ConcurrentQueue<(string Name, long At)>();
        using var stop = new CancellationTokenSource();
        async Task WriteAsync(int writer)
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var name = $"Load {writer}-{n}";
                var payload = await client.MutateAsync("createOpportunity", "opportunity { id }",
                    new { accountId = account, name, amount = 1000m + n });
                Assert.Empty(GraphQLClient.ErrorTypes(payload));
                acknowledged.Enqueue((name, Stopwatch.GetTimestamp()));
            }
        }
        var writers = Enumerable.Range(0, 3).Select(WriteAsync).ToList();
        while (acknowledged.Count < 30) await Task.Delay(20);

        var backupFile = Path.Combine(_folder.Path, "graphkam-backup.db");
        var began = Stopwatch.GetTimestamp();
        var outcome = await Task.Run(() => SqliteBackup.Backup(factory.DatabasePath, backupFile));
        var countAtEnd = acknowledged.Count;
        while (acknowledged.Count < countAtEnd + 10) await Task.Delay(20); // the writes went on meanwhile
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal("ok", SqliteBackup.IntegrityCheck(backupFile));
        var before = acknowledged.Where(w => w.At < began).Select(w => w.Name).ToList();
        Assert.True(before.Count >= 30);
        var inBackup = OpportunityNames(backupFile);
        Assert.All(before, name => Assert.Contains(name, inBackup));

        // Restored where no server runs, it is the database as backed up.
        var restored = Path.Combine(_folder.Path, "restored.db");
        var restore = SqliteBackup.Restore(backupFile, restored);
        Assert.True(restore.Succeeded, restore.Message);
        Assert.Equal("ok", SqliteBackup.IntegrityCheck(restored));
        Assert.Equal(inBackup, OpportunityNames(restored));
    }

    [SqliteFact("Backup and restore copy the SQLite file; PostgreSQL is backed up with its own tools.")]
    public async Task A_restore_refuses_while_a_server_runs_on_the_database_and_changes_nothing()
    {
        using var factory = new GraphKamFactory();
        var client = factory.Client();
        var backupFile = Path.Combine(_folder.Path, "before.db");
        Assert.True(SqliteBackup.Backup(factory.DatabasePath, backupFile).Succeeded);
        var account = (await client.DataAsync("{ accounts(first: 1) { nodes { id } } }")).At("accounts.nodes")[0]
            .GetProperty("id").GetString();
        await client.MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = account, name = "After the backup", amount = 1000m });

        var refused = SqliteBackup.Restore(backupFile, factory.DatabasePath);
        Assert.False(refused.Succeeded);
        Assert.Contains("server is running", refused.Message, StringComparison.Ordinal);
        Assert.Contains("After the backup", OpportunityNames(factory.DatabasePath));
        await client.DataAsync("{ accounts(first: 1) { totalCount } }"); // and the server carries on

        // Once the server lets go of the database (as it does when it stops), the same restore goes through.
        await factory.Services.GetServices<IHostedService>().OfType<RunningServerLock>().Single()
            .StopAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();
        var restored = SqliteBackup.Restore(backupFile, factory.DatabasePath);
        Assert.True(restored.Succeeded, restored.Message);
        Assert.DoesNotContain("After the backup", OpportunityNames(factory.DatabasePath));
    }
}
