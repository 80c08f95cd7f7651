using GraphKam.Server.Data.Backups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphKam.Server.Data.Providers;

/// <summary>How every GraphKam context is configured, pooled or not.</summary>
public static class GraphKamContextOptions
{
    // One for the process: it tracks the commands running now, whichever context runs them.
    private static readonly SqliteInterruption Interruption = new();
    private static readonly SqliteStatementCache StatementCache = new();

    /// <summary>
    /// The configured database (a relative SQLite file is placed in the content root), no tracking unless asked for,
    /// the model chosen by audience, cancellation that reaches SQLite, SQLite statements kept prepared, and the interceptors the services add.
    /// </summary>
    public static DbContextOptionsBuilder Configure(IServiceProvider services, DbContextOptionsBuilder options) => options
        .UseGraphKamProvider(services, () => DatabaseFiles.ConnectionString(services))
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .ReplaceService<IModelCacheKeyFactory, AccessModelCacheKeyFactory>()
        .ReplaceService<IExceptionDetector, DatabaseCancellationDetector>()
        .AddInterceptors(new SqliteConnectionSetup(), Interruption, StatementCache)
        .AddInterceptors(services.GetServices<IInterceptor>());
}
