using GraphKam.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// Every test server used to migrate its database from nothing (SQLite rebuilds tables in several migrations) and
/// most then seeded the demo data: the same work, hundreds of times a run, most of the suite's CPU. It is now done
/// once per run into templates, and each server starts from a copy: a migrated one, or a seeded one when nothing in
/// its settings could change what the demo data looks like (<see cref="SeedsTheDefaultDemoData"/>). Start-up still
/// runs as always on the copy (pending migrations: none; seeding: finds the data there and stops).
/// </summary>
public static class DatabaseTemplates
{
    private static readonly Lazy<string> MigratedSqlite = new(CreateMigratedSqlite);
    private static readonly Lazy<string> SeededSqlite = new(() => Snapshot(Isolated(CreateSeeded).DatabasePath));
    private static readonly Lazy<string> SeededPostgreSql = new(() => Isolated(CreateSeeded).PostgreSqlName!);

    // Settings that change what is served, not what is seeded; anything else seeds on its own.
    private static readonly string[] HarmlessSettings =
    [
        "GraphKam:SeedDemoData", "GraphKam:Tiers:ExpirySweepInterval", "GraphKam:Health:SweepInterval",
        "GraphKam:Service:EscalationSweepInterval", "GraphKam:Auth:SigningKey", "GraphKam:WarmUpAtStart",
        "GraphKam:Auth:SignInAttemptsPerAddress", "GraphKam:Auth:SessionCheckInterval", "GraphKam:Auth:AccessTokenLifetime",
    ];

    private static readonly string[] HarmlessPrefixes =
        ["GraphKam:GraphQL:", "GraphKam:Telemetry:", "GraphKam:Logging:", "GraphKam:Cors:", "Logging:"];

    /// <summary>Whether a server with these settings, starting at this time, would seed the default demo data.</summary>
    public static bool SeedsTheDefaultDemoData(GraphKamFactory factory) =>
        factory.Settings.GetValueOrDefault("GraphKam:SeedDemoData") == "true"
        && factory.Clock.GetUtcNow() == GraphKamFactory.ClockStart
        && factory.Settings.Keys.All(key => HarmlessSettings.Contains(key, StringComparer.Ordinal)
            || HarmlessPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>Puts the right template at a SQLite server's path (not when a test prepared the file itself).</summary>
    public static void CopySqliteTo(GraphKamFactory factory)
    {
        if (File.Exists(factory.DatabasePath)) return;
        File.Copy(SeedsTheDefaultDemoData(factory) ? SeededSqlite.Value : MigratedSqlite.Value, factory.DatabasePath);
    }

    /// <summary>A copy of the seeded SQLite template (demo data, demo sign-ins with the default password) at a path.</summary>
    public static void CopySeededSqlite(string path) => File.Copy(SeededSqlite.Value, path);

    /// <summary>The seeded PostgreSQL template's name (demo data, demo sign-ins with the default password).</summary>
    public static string SeededPostgreSqlTemplate => SeededPostgreSql.Value;

    /// <summary>The seeded PostgreSQL template's name, or null when the server must seed (or not) for itself.</summary>
    public static string? PostgreSqlFor(GraphKamFactory factory) =>
        SeedsTheDefaultDemoData(factory) ? SeededPostgreSql.Value : null;

    private static string CreateMigratedSqlite()
    {
        var file = TemplatePath("migrated");
        var options = new DbContextOptionsBuilder<GraphKamDbContext>().UseSqlite($"Data Source={file};Pooling=false");
        using (var db = new GraphKamDbContext(options.Options)) db.Database.Migrate();
        return file;
    }

    /// <summary>A server started once with the default settings; its database, kept, is the template.</summary>
    private static GraphKamFactory CreateSeeded()
    {
        var factory = new GraphKamFactory { FromTemplate = false, KeepDatabase = true };
        if (!TestDatabases.OnPostgreSql)
            File.Copy(MigratedSqlite.Value, factory.DatabasePath);
        _ = factory.Services; // starts the server: migrations, reference data, demo data, derived figures
        factory.Dispose();
        SqliteConnection.ClearAllPools(); // the last connection closing folds the WAL into the file
        Npgsql.NpgsqlConnection.ClearAllPools(); // a PostgreSQL template may have no connections
        if (TestDatabases.OnPostgreSql) PostgreSqlTestDatabase.DropAtExit(factory.PostgreSqlName!);
        else
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" }) File.Delete(factory.DatabasePath + suffix);
            };
        return factory;
    }

    /// <summary>
    /// Runs <paramref name="create"/> on a thread of its own that inherits no async-local state: the template's server
    /// is started while another test server is being built, and WebApplicationFactory tells the host it intercepts by
    /// such state.
    /// </summary>
    private static T Isolated<T>(Func<T> create)
    {
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        Thread thread;
        using (ExecutionContext.SuppressFlow())
        {
            thread = new Thread(() =>
            {
                try { result = create(); }
                catch (Exception error) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error); }
            });
            thread.Start();
        }
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>
    /// A standalone copy of a SQLite database, written by SQLite itself (<c>VACUUM INTO</c>) into a file nothing else
    /// ever opens. Copying the seeded server's own file was not safe: a connection of that server closing late (its
    /// prepared statements outlive the pool) folds the WAL into the file while a test copies it, and that test's
    /// server found its copy "malformed" at start.
    /// </summary>
    private static string Snapshot(string database)
    {
        var file = TemplatePath("seeded");
        using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $file";
        command.Parameters.AddWithValue("$file", file);
        command.ExecuteNonQuery();
        return file;
    }

    private static string TemplatePath(string kind)
    {
        var file = Path.Combine(Path.GetTempPath(), $"graphkam-template-{kind}-{Guid.NewGuid():N}.db");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    }
}
