using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphKam.Server.Data.Providers;

/// <summary>Points a context at the configured database: SQLite (the default) or PostgreSQL.</summary>
public static class ProviderSetup
{
    public static DbContextOptionsBuilder UseGraphKamProvider(this DbContextOptionsBuilder options,
        IServiceProvider services, Func<string> sqliteConnectionString)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        // A limit without an order is how DerivedTables makes a derived table, on purpose; lists that page always order
        // by their key. EF Core's warning about it would greet operators at every start and sweep.
        options.ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
        return DatabaseProviders.Of(configuration) == DatabaseProvider.PostgreSQL
            ? options.UsePostgreSql(DatabaseProviders.PostgreSqlConnectionString(configuration))
            : options.UseSqlite(sqliteConnectionString(),
                    sqlite => sqlite.CommandTimeout(DatabaseBusyTranslator.SqliteCommandTimeoutSeconds)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .UseSqliteTranslations()
                .KeepSqliteConnectionsOpen();
    }

    /// <summary>GraphKam's SQLite translations (<see cref="SqliteTranslations"/>).</summary>
    public static DbContextOptionsBuilder UseSqliteTranslations(this DbContextOptionsBuilder options)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new TranslationsExtension<SqliteTranslations>("Sqlite"));
        return options;
    }

    /// <summary>
    /// PostgreSQL with GraphKam's translations, the cluster-wide write lock and the partner setting that row-level
    /// security reads.
    /// </summary>
    public static DbContextOptionsBuilder UsePostgreSql(this DbContextOptionsBuilder options, string connectionString)
    {
        options.UseNpgsql(connectionString, npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new TranslationsExtension<PostgreSqlTranslations>("PostgreSql"));
        return options.AddInterceptors(new PostgreSqlWriteLock(), new PostgreSqlPartnerSetting());
    }
}
