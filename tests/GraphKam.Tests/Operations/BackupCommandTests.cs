using GraphKam.Server.Data.Backups;
using GraphKam.Tests.Infrastructure;
using GraphKam.Tests.ScaleOut;

namespace GraphKam.Tests.Operations;

/// <summary>
/// The <c>backup</c> and <c>restore</c> commands as cron or a script runs them: their exit codes (0 done, 1 failed, 2
/// cannot run) are what a scheduler checks, so they are tested on the built server, not through the classes behind.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("graphkam-commands-");

    private Dictionary<string, string> Settings => new()
    {
        ["ConnectionStrings:GraphKam"] = $"Data Source={Path.Combine(_folder.Path, "graphkam.db")}",
        ["GraphKam:SeedDemoData"] = "false",
    };

    public void Dispose() => _folder.Dispose();

    [SqliteFact("Backup and restore copy the SQLite file; PostgreSQL is backed up with its own tools.")]
    public async Task The_commands_exit_0_when_done_1_when_failed_and_2_when_they_cannot_run()
    {
        var (migrated, migrateOutput) = await ServerProcess.RunCommandAsync(Settings, "migrate");
        Assert.True(migrated == 0, migrateOutput);

        var backupFile = Path.Combine(_folder.Path, "nightly.db");
        var (backedUp, backupOutput) = await ServerProcess.RunCommandAsync(Settings, "backup", backupFile);
        Assert.True(backedUp == 0, backupOutput);
        Assert.Equal("ok", SqliteBackup.IntegrityCheck(backupFile));

        var (missing, missingOutput) = await ServerProcess.RunCommandAsync(Settings, "restore",
            Path.Combine(_folder.Path, "no-such-backup.db"));
        Assert.True(missing == 1, missingOutput);
        Assert.Contains("There is no backup", missingOutput, StringComparison.Ordinal);

        var (usage, usageOutput) = await ServerProcess.RunCommandAsync(Settings, "backup");
        Assert.True(usage == 2, usageOutput);
        Assert.Contains("Usage: backup <file>", usageOutput, StringComparison.Ordinal);

        // An option is not a file name (it used to get a database copy named "--help" in the working folder).
        var (help, helpOutput) = await ServerProcess.RunCommandAsync(Settings, "backup", "--help");
        Assert.True(help == 2, helpOutput);
        Assert.Contains("Usage: backup <file>", helpOutput, StringComparison.Ordinal);
    }
}
