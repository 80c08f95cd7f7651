using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database for one test server, copied from a template migrated once per test run (copying a
/// template is much faster than migrating), and dropped when the server goes.
/// </summary>
public sealed class PostgreSqlTestDatabase : IDisposable
{
    private static readonly Lazy<string> Template = new(CreateTemplate);

    public string Name { get; } = $"graphkam_test_{Guid.NewGuid():N}";
    public string ConnectionString { get; }

    public PostgreSqlTestDatabase()
    {
        Execute($"CREATE DATABASE \"{Name}\" TEMPLATE \"{Template.Value}\"");
        ConnectionString = For(Name);
    }

    /// <summary>A connection string to <paramref name="database"/> on the test server.</summary>
    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(TestDatabases.PostgreSql) { Database = database }.ConnectionString;

    /// <summary>Runs a statement on the server's maintenance database (creating and dropping databases).</summary>
    public static void Execute(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabases.PostgreSql) { Database = "postgres", Pooling = false };
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
        using (var db = new PostgreSqlGraphKamDbContext(options.Options)) db.Database.Migrate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
        return name;
    }

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
