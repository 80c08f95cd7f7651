using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphKam.Server.Setup;

public static class DataSetup
{
    /// <summary>
    /// The database: SQLite from <c>ConnectionStrings:GraphKam</c> (a relative file is placed in the content root),
    /// migrated and, when empty, seeded with demo data at start-up.
    /// </summary>
    public static WebApplicationBuilder AddGraphKamData(this WebApplicationBuilder builder)
    {
        // Scoped, so that contexts made by the factory can depend on the request (e.g. who is asking).
        // Configuration is read when the first context is made, so test hosts and environment variables can override it.
        builder.Services.AddDbContextFactory<GraphKamDbContext>((services, options) => options
            .UseSqlite(ConnectionString(services))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .ReplaceService<IModelCacheKeyFactory, AccessModelCacheKeyFactory>()
            .ReplaceService<IExceptionDetector, SqliteCancellationDetector>()
            .AddInterceptors(new SqliteConnectionSetup(), Interruption)
            .AddInterceptors(services.GetServices<IInterceptor>()), ServiceLifetime.Scoped);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<DatabaseInitializer>();
        // Who is asking, and what the areas' rules let them read and change.
        builder.Services.AddScoped<AccessScope>();
        builder.Services.AddScoped<IDataScope>(provider => provider.GetRequiredService<AccessScope>());
        builder.Services.AddSingleton<AccessRules>();
        return builder;
    }

    // One for the process: it tracks the commands running now, whichever context runs them.
    private static readonly SqliteInterruption Interruption = new();

    private static string ConnectionString(IServiceProvider services) => SqliteFileIn(
        services.GetRequiredService<IHostEnvironment>().ContentRootPath,
        services.GetRequiredService<IConfiguration>().GetConnectionString("GraphKam") ?? "Data Source=graphkam.db");

    private static string SqliteFileIn(string directory, string connectionString)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        var file = sqlite.DataSource;
        var isFile = file.Length > 0 && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && sqlite.Mode != SqliteOpenMode.Memory;
        if (isFile && !Path.IsPathRooted(file)) sqlite.DataSource = Path.Combine(directory, file);
        return sqlite.ToString();
    }
}
