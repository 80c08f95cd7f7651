using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Data.Access;
using GraphKam.Server.Data.Backups;
using GraphKam.Server.Data.Providers;

namespace GraphKam.Server.Setup;

public static class DataSetup
{
    /// <summary>
    /// The database: SQLite from <c>ConnectionStrings:GraphKam</c> (a relative file is placed in the content root),
    /// or PostgreSQL when <c>GraphKam:Database:Provider</c> says so (<see cref="ProviderSetup"/>),
    /// migrated and, when empty, seeded with demo data at start-up.
    /// </summary>
    public static WebApplicationBuilder AddGraphKamData(this WebApplicationBuilder builder)
    {
        // Scoped, so that contexts made by the factory can depend on the request (e.g. who is asking).
        // Configuration is read when the first context is made, so test hosts and environment variables can override it.
        builder.Services.AddDbContextFactory<GraphKamDbContext, GraphKamContextFactory>(
            (services, options) => GraphKamContextOptions.Configure(services, options), ServiceLifetime.Scoped);
        builder.Services.AddSingleton<GraphKamContextPool>();
        builder.Services.AddSingleton<SqliteConnectionShelf>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<GraphKam.GraphQL.Errors.IErrorTranslator, DatabaseBusyTranslator>();
        // Held while the server runs, so that a restore cannot replace the database under it.
        builder.Services.AddHostedService<RunningServerLock>();
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseInitializer>());
        // Who is asking, and what the areas' rules let them read and change.
        builder.Services.AddScoped<AccessScope>();
        builder.Services.AddScoped<IDataScope>(provider => provider.GetRequiredService<AccessScope>());
        builder.Services.AddSingleton<AccessRules>();
        return builder;
    }
}
