using GraphKam.Server.Data.Providers;
using Microsoft.Data.Sqlite;

namespace GraphKam.Server.Data.Backups;

/// <summary>Where the configured SQLite database lives (the same rule the server uses to open it).</summary>
public static class DatabaseFiles
{
    public static string ConnectionString(IServiceProvider services) => SqliteFileIn(
        services.GetRequiredService<IHostEnvironment>().ContentRootPath,
        services.GetRequiredService<IConfiguration>().GetConnectionString("GraphKam") ?? "Data Source=graphkam.db");

    /// <summary>Whether the configured provider is SQLite.</summary>
    public static bool IsSqlite(IServiceProvider services) =>
        DatabaseProviders.Of(services.GetRequiredService<IConfiguration>()) == DatabaseProvider.Sqlite;

    /// <summary>The database file's full path; null for an in-memory database.</summary>
    public static string? SqliteFileOf(IServiceProvider services)
    {
        // A PostgreSQL connection string is no SQLite file (and SQLite's parser refuses its keywords).
        if (DatabaseProviders.Of(services.GetRequiredService<IConfiguration>()) != DatabaseProvider.Sqlite) return null;
        var sqlite = new SqliteConnectionStringBuilder(ConnectionString(services));
        return IsFile(sqlite) ? sqlite.DataSource : null;
    }

    /// <summary>A relative file is placed in <paramref name="directory"/> (the content root).</summary>
    public static string SqliteFileIn(string directory, string connectionString)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        if (IsFile(sqlite) && !Path.IsPathRooted(sqlite.DataSource))
            sqlite.DataSource = Path.Combine(directory, sqlite.DataSource);
        return sqlite.ToString();
    }

    private static bool IsFile(SqliteConnectionStringBuilder sqlite) =>
        sqlite.DataSource.Length > 0 && sqlite.DataSource != ":memory:" && sqlite.Mode != SqliteOpenMode.Memory
        && !sqlite.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
