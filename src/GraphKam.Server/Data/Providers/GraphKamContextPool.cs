using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Contexts reused from one caller to the next (EF Core's context pooling), for everyone but partners. Making a
/// context builds EF Core's services for it (a scope of dozens of services and a copy of the options): about a
/// quarter of what a small read allocated. A pooled context is reset by EF Core when it is handed back and told
/// whom it serves when it is handed out (<see cref="GraphKamDbContext.Serve"/>); its model is the one without the
/// partners' filters, which is why partners' contexts are never pooled.
/// </summary>
public sealed class GraphKamContextPool(IServiceProvider services)
{
    /// <summary>Idle contexts kept; a request takes one per loader batch, so 32 busy connections need about a hundred.</summary>
    public const int Size = 256;

    private readonly Lazy<Func<GraphKamDbContext>> _lease = new(() => Create(services));

    /// <summary>A context for a caller who is not a partner (the caller is set by <see cref="GraphKamDbContext.Serve"/>).</summary>
    public GraphKamDbContext Lease() => _lease.Value();

    // Built on first use, so that test hosts and environment variables can still change the configuration.
    private static Func<GraphKamDbContext> Create(IServiceProvider services)
    {
        if (DatabaseProviders.Of(services.GetRequiredService<IConfiguration>()) == DatabaseProvider.PostgreSQL)
            return new PooledDbContextFactory<PostgreSqlGraphKamDbContext>(Options<PostgreSqlGraphKamDbContext>(services), Size).CreateDbContext;
        // On SQLite staff contexts take the model compiled ahead of time (StaffModel): building it is a second of
        // every start. Partners' contexts never come from this pool; their model carries the isolation filters.
        var options = Options<GraphKamDbContext>(services);
        if (services.GetService<StaffModel>() is { } staff)
            options = new DbContextOptionsBuilder<GraphKamDbContext>(options).UseModel(staff.Model).Options;
        return new PooledDbContextFactory<GraphKamDbContext>(options, Size).CreateDbContext;
    }

    private static DbContextOptions<T> Options<T>(IServiceProvider services) where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>().UseApplicationServiceProvider(services);
        GraphKamContextOptions.Configure(services, options);
        return options.Options;
    }
}
