using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphKam.Server.Setup;

/// <summary>
/// Database operations run from the command line, which exit without serving:
/// <c>dotnet run --project src/GraphKam.Server -- migrate</c> applies the committed migrations of the configured
/// provider (and on PostgreSQL grants <c>GraphKam:Database:AppRole</c> the use of the rows);
/// <c>-- copy-to-postgres "&lt;connection string&gt;"</c> copies the configured SQLite database into an
/// empty PostgreSQL database and compares counts and checksums. Both return the process's exit code.
/// </summary>
public static class DatabaseCommands
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["migrate", ..]:
                await MigrateAsync(app);
                return 0;
            case ["copy-to-postgres", var target, ..]:
                return await CopyAsync(app, target) ? 0 : 1;
            case ["copy-to-postgres"]:
                await Console.Error.WriteLineAsync(
                    "Usage: copy-to-postgres \"Host=…;Database=…;Username=…;Password=…\"");
                return 2;
            default:
                return null;
        }
    }

    private static async Task MigrateAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>()
            .CreateDbContextAsync();
        await using var startup = await ClusterLocks.HoldAsync(db, ClusterLocks.Startup, CancellationToken.None);
        // The history table first: asking for pending migrations on a new database read a missing table and logged
        // a failure an operator would take for the migration's.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        var provider = db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite";
        if (db.Database.IsNpgsql() && app.Configuration[AppRoleGrants.Setting] is { Length: > 0 } role)
        {
            await AppRoleGrants.GrantAsync(db, role, CancellationToken.None);
            Console.WriteLine($"Granted the role {role} the use of every table's rows.");
        }
        Console.WriteLine(pending.Count == 0
            ? $"The {provider} database is up to date."
            : $"Applied {pending.Count} migration(s) to the {provider} database: {string.Join(", ", pending)}.");
    }

    private static async Task<bool> CopyAsync(WebApplication app, string targetConnectionString)
    {
        if (DatabaseProviders.Of(app.Configuration) != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("copy-to-postgres copies the configured SQLite database: "
                + "run it with GraphKam:Database:Provider=Sqlite (the default).");
            return false;
        }
        await using var scope = app.Services.CreateAsyncScope();
        await using var source = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>()
            .CreateDbContextAsync();
        var options = new DbContextOptionsBuilder<GraphKamDbContext>();
        options.UsePostgreSql(targetConnectionString);
        await using var target = new PostgreSqlGraphKamDbContext(options.Options);
        Console.WriteLine($"Copying {source.Database.GetDbConnection().DataSource} to PostgreSQL "
            + $"{target.Database.GetDbConnection().DataSource}/{target.Database.GetDbConnection().Database}.");
        var copy = new PostgreSqlCopy(source, target, Console.Out, terminal: !Console.IsOutputRedirected);
        return await copy.RunAsync(CancellationToken.None);
    }
}
