using GraphKam.Server.Data.Backups;

namespace GraphKam.Server.Setup;

/// <summary>
/// <c>dotnet run --project src/GraphKam.Server -- backup &lt;file&gt;</c> copies the configured SQLite database
/// (consistent while a server runs on it); <c>-- restore &lt;file&gt;</c> puts a backup in its place, and refuses
/// while a server runs on it. Both exit without serving; they return the process's exit code.
/// </summary>
public static class BackupCommands
{
    public static int? TryRun(WebApplication app, string[] args)
    {
        if (args is not [("backup" or "restore") and var command, ..]) return null;
        // An option (--help, -h) is not a file name: taking it for one wrote a database copy named "--help".
        if (args.Length != 2 || args[1].StartsWith('-'))
        {
            Console.Error.WriteLine($"Usage: {command} <file>  (the SQLite database of ConnectionStrings:GraphKam; "
                + "exit 0 done, 1 failed, 2 cannot run)");
            return 2;
        }
        if (DatabaseFiles.SqliteFileOf(app.Services) is not { } database)
        {
            Console.Error.WriteLine(DatabaseFiles.IsSqlite(app.Services)
                ? "The configured SQLite database is not a plain file (in memory, or a file: URI): set "
                    + "ConnectionStrings:GraphKam to Data Source=<path of the file>."
                : "The configured database is PostgreSQL: back it up with its own tools (pg_dump).");
            return 2;
        }
        var outcome = command == "backup" ? SqliteBackup.Backup(database, args[1]) : SqliteBackup.Restore(args[1], database);
        (outcome.Succeeded ? Console.Out : Console.Error).WriteLine(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }
}
