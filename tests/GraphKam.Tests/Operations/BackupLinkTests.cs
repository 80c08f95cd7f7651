using GraphKam.Server.Data.Backups;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Operations;

/// <summary>
/// One database, several names: a symbolic link to the file or to its folder is still the running server's database,
/// so a restore through it refuses and a backup onto it is not taken.
/// </summary>
public sealed class BackupLinkTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("graphkam-links-");

    public void Dispose() => _folder.Dispose();

    [SqliteFact("Backup and restore copy the SQLite file; PostgreSQL is backed up with its own tools.")]
    public async Task A_restore_through_a_link_to_the_file_or_its_folder_refuses_while_the_server_runs()
    {
        using var factory = GraphKamFactory.Empty();
        await factory.Client().DataAsync("{ accounts(first: 1) { totalCount } }");
        var backupFile = Path.Combine(_folder.Path, "backup.db");
        Assert.True(SqliteBackup.Backup(factory.DatabasePath, backupFile).Succeeded);
        var fileLink = Path.Combine(_folder.Path, "linked.db");
        File.CreateSymbolicLink(fileLink, factory.DatabasePath);
        var folderLink = Path.Combine(_folder.Path, "linked-folder");
        Directory.CreateSymbolicLink(folderLink, Path.GetDirectoryName(factory.DatabasePath)!);
        // A relative link inside a linked folder: both kinds on one path.
        var chained = Path.Combine(folderLink, "chained.db");
        File.CreateSymbolicLink(chained, Path.GetFileName(factory.DatabasePath));

        foreach (var name in new[] { fileLink, Path.Combine(folderLink, Path.GetFileName(factory.DatabasePath)), chained })
        {
            var refused = SqliteBackup.Restore(backupFile, name);
            Assert.False(refused.Succeeded, $"{name}: {refused.Message}");
            Assert.Contains("server is running", refused.Message, StringComparison.Ordinal);
        }
        File.Delete(chained);
    }

    [SqliteFact("Backup and restore copy the SQLite file; PostgreSQL is backed up with its own tools.")]
    public async Task A_backup_onto_a_link_to_the_database_itself_is_refused()
    {
        using var factory = GraphKamFactory.Empty();
        await factory.Client().DataAsync("{ accounts(first: 1) { totalCount } }");
        var link = Path.Combine(_folder.Path, "same.db");
        File.CreateSymbolicLink(link, factory.DatabasePath);

        var refused = SqliteBackup.Backup(factory.DatabasePath, link);

        Assert.False(refused.Succeeded, refused.Message);
        Assert.Equal("ok", SqliteBackup.IntegrityCheck(factory.DatabasePath));
    }

    [SqliteFact("Backup and restore copy the SQLite file; PostgreSQL is backed up with its own tools.")]
    public async Task A_backup_never_replaces_a_live_databases_files_nor_writes_into_a_folder()
    {
        using var running = GraphKamFactory.Empty();
        using var other = GraphKamFactory.Empty();
        await running.Client().DataAsync("{ accounts(first: 1) { totalCount } }");
        await other.Client().DataAsync("{ accounts(first: 1) { totalCount } }");
        var lockBefore = File.ReadAllBytes(running.DatabasePath + ".lock");

        // Its own WAL and lock file (overwriting the lock let a restore through), and another server's database.
        foreach (var target in new[] { running.DatabasePath + "-wal", running.DatabasePath + ".lock", other.DatabasePath,
            other.DatabasePath + "-shm" })
        {
            var refused = SqliteBackup.Backup(running.DatabasePath, target);
            Assert.False(refused.Succeeded, $"{target}: {refused.Message}");
        }
        Assert.Equal(lockBefore, File.ReadAllBytes(running.DatabasePath + ".lock"));
        Assert.Equal("ok", SqliteBackup.IntegrityCheck(other.DatabasePath));
        Assert.False(SqliteBackup.Restore(other.DatabasePath, running.DatabasePath).Succeeded);

        var folder = SqliteBackup.Backup(running.DatabasePath, _folder.Path);
        Assert.False(folder.Succeeded);
        Assert.Contains("is a folder", folder.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Path + ".partial"));
    }

    [Fact]
    public void A_real_path_resolves_links_in_folders_and_files_and_stops_at_a_loop()
    {
        var real = Directory.CreateDirectory(Path.Combine(_folder.Path, "real")).FullName;
        File.WriteAllText(Path.Combine(real, "data.db"), "");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "via"), "real");
        File.CreateSymbolicLink(Path.Combine(real, "alias.db"), "data.db");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "loop-a"), Path.Combine(_folder.Path, "loop-b"));
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "loop-b"), Path.Combine(_folder.Path, "loop-a"));

        Assert.Equal(Path.Combine(real, "data.db"), RealPath.Of(Path.Combine(_folder.Path, "via", "alias.db")));
        Assert.Equal(Path.Combine(real, "missing.db"), RealPath.Of(Path.Combine(_folder.Path, "via", "missing.db")));
        Assert.NotNull(RealPath.Of(Path.Combine(_folder.Path, "loop-a")));
    }
}
