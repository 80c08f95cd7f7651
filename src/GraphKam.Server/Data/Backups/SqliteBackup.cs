using Microsoft.Data.Sqlite;

namespace GraphKam.Server.Data.Backups;

/// <summary>
/// Copies of the SQLite database through SQLite's online backup: the copy is taken in one read transaction, so it
/// is the database as it stood at one instant (every write committed before it began, none half-written), while
/// the server goes on reading and writing (WAL mode lets a reader and the writers run side by side).
/// </summary>
public static class SqliteBackup
{
    /// <summary>Writes a copy of <paramref name="databaseFile"/> to <paramref name="target"/> and checks it.</summary>
    public static BackupOutcome Backup(string databaseFile, string target) => Plainly("backup", () => Copy(databaseFile, target));

    /// <summary>
    /// Replaces <paramref name="databaseFile"/> with the backup <paramref name="source"/>, unless a server is running
    /// on it (<see cref="RunningServerLock"/>) or the backup is not a sound GraphKam database.
    /// </summary>
    public static BackupOutcome Restore(string source, string databaseFile) =>
        Plainly("restore", () => Replace(source, databaseFile));

    // A folder that does not exist or a file that may not be written is an outcome to report (exit 1 for a scheduled
    // job), not a crash with a stack trace.
    private static BackupOutcome Plainly(string what, Func<BackupOutcome> work)
    {
        try
        {
            return work();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SqliteException)
        {
            return BackupOutcome.Failed($"The {what} failed: {exception.Message}");
        }
    }

    private static BackupOutcome Copy(string databaseFile, string target)
    {
        target = Path.GetFullPath(target);
        if (BackupTarget.Refusal(databaseFile, target) is { } refusal) return BackupOutcome.Failed(refusal);
        if (!File.Exists(databaseFile)) return BackupOutcome.Failed($"There is no database at {databaseFile}.");
        // Written beside the target first, so an interrupted backup never leaves a half-written file under its name.
        var partial = target + ".partial";
        try
        {
            return CopyVia(databaseFile, partial, target);
        }
        finally
        {
            File.Delete(partial); // gone after the move; left by a failure otherwise
        }
    }

    private static BackupOutcome CopyVia(string databaseFile, string partial, string target)
    {
        File.Delete(partial);
        using (var source = Open(databaseFile, SqliteOpenMode.ReadWrite))
        using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
            using var rollbackJournal = copy.CreateCommand();
            // A single self-contained file: the copy need not come with -wal and -shm files.
            rollbackJournal.CommandText = "PRAGMA journal_mode = DELETE;";
            rollbackJournal.ExecuteNonQuery();
        }
        var check = IntegrityCheck(partial);
        if (check != "ok") return BackupOutcome.Failed($"The copy failed SQLite's integrity check: {check}");
        File.Move(partial, target, overwrite: true);
        return BackupOutcome.Done($"Backed up {databaseFile} to {target} ({new FileInfo(target).Length} bytes, "
            + "integrity check ok).");
    }

    private static BackupOutcome Replace(string source, string databaseFile)
    {
        source = Path.GetFullPath(source);
        if (!File.Exists(source)) return BackupOutcome.Failed($"There is no backup at {source}.");
        if (SamePath(source, databaseFile)) return BackupOutcome.Failed("The backup is the database itself.");
        using var exclusive = RunningServerLock.TryExclusive(databaseFile);
        if (exclusive == null)
            return BackupOutcome.Failed($"A GraphKam server is running on {databaseFile}: stop it, then restore.");
        var check = IntegrityCheck(source);
        if (check != "ok") return BackupOutcome.Failed($"The backup failed SQLite's integrity check: {check}");
        if (!HasMigrations(source)) return BackupOutcome.Failed($"{source} is not a GraphKam database.");
        using (var backup = Open(source, SqliteOpenMode.ReadOnly))
        using (var database = Open(databaseFile, SqliteOpenMode.ReadWriteCreate))
            backup.BackupDatabase(database);
        return BackupOutcome.Done($"Restored {databaseFile} from {source}.");
    }

    /// <summary>SQLite's <c>PRAGMA integrity_check</c>: <c>ok</c>, or what is wrong.</summary>
    public static string IntegrityCheck(string file)
    {
        try
        {
            using var connection = Open(file, SqliteOpenMode.ReadOnly);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        catch (SqliteException error)
        {
            return error.Message;
        }
    }

    private static bool HasMigrations(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {SqliteConnectionSetup.BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
        return connection;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(RealPath.Of(a), RealPath.Of(b), StringComparison.Ordinal);
}

/// <summary>What a backup or restore did, as the command prints it.</summary>
public sealed record BackupOutcome(bool Succeeded, string Message)
{
    public static BackupOutcome Done(string message) => new(true, message);
    public static BackupOutcome Failed(string message) => new(false, message);
}
