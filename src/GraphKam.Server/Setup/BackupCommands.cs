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
        if (args.Length != 2)
        {
            Console.Error.WriteLine($"Usage: {command} <file>");
            return 2;
        }
        if (DatabaseFiles.SqliteFileOf(app.Services) is not { } database)
        {
            Console.Error.WriteLine("The configured database is not a SQLite file: back PostgreSQL up with its own tools (pg_dump).");
            return 2;
        }
        var outcome = command == "backup" ? SqliteBackup.Backup(database, args[1]) : SqliteBackup.Restore(args[1], database);
        (outcome.Succeeded ? Console.Out : Console.Error).WriteLine(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }
}
