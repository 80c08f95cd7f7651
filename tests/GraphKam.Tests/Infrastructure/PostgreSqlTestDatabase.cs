using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database for one test server, copied from a template migrated once per test run (copying a
/// template is much faster than migrating), and dropped when the server goes. The server connects as
/// <see cref="AppRole"/>, which does not own the tables, as a production deployment should: row-level security
/// applies to everything the tests do through the server.
/// </summary>
public sealed class PostgreSqlTestDatabase : IDisposable
{
    public const string AppRole = "graphkam_test_app";
    private static readonly Lazy<string> Template = new(CreateTemplate);

    public string Name { get; } = $"graphkam_test_{Guid.NewGuid():N}";

    /// <summary>The server's connection: the application role.</summary>
    public string ConnectionString { get; }

    /// <summary>The owner's connection (a superuser), for arranging and inspecting what the server may not.</summary>
    public string OwnerConnectionString { get; }

    /// <param name="template">A template of the test run's own (the seeded one); by default the migrated one.</param>
    public PostgreSqlTestDatabase(string? template = null)
    {
        Execute($"CREATE DATABASE \"{Name}\" TEMPLATE \"{template ?? Template.Value}\"");
        OwnerConnectionString = For(Name);
        ConnectionString =
            new NpgsqlConnectionStringBuilder(OwnerConnectionString) { Username = AppRole }.ConnectionString;
    }

    /// <summary>A connection string to <paramref name="database"/> on the test server.</summary>
    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(TestDatabases.PostgreSql) { Database = database }.ConnectionString;

    /// <summary>Runs a statement on the server's maintenance database (creating and dropping databases).</summary>
    public static void Execute(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabases.PostgreSql)
        {
            Database = "postgres",
            Pooling = false,
        };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string CreateTemplate()
    {
        var name = $"graphkam_template_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(For(name)) { Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<GraphKamDbContext>();
        options.UsePostgreSql(connectionString);
        Execute($"DO $$ BEGIN CREATE ROLE {AppRole} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        using (var db = new PostgreSqlGraphKamDbContext(options.Options))
        {
            db.Database.Migrate();
            AppRoleGrants.GrantAsync(db, AppRole, CancellationToken.None).GetAwaiter().GetResult();
        }
        DropAtExit(name);
        return name;
    }

    /// <summary>Drops a database of the test run's own (a template) when the test process ends.</summary>
    public static void DropAtExit(string name) => AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);

    private static void Drop(string name)
    {
        try { Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"); }
        catch (NpgsqlException) { } // the server may be gone already at the end of a run
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        Drop(Name);
    }
}
