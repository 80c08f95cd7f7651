using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Makes the request's contexts: a <see cref="GraphKamDbContext"/> on SQLite, a
/// <see cref="PostgreSqlGraphKamDbContext"/> on PostgreSQL (so that each finds its own migrations), both serving
/// the scope's caller by its rules. Partners' contexts are made afresh (their model carries the isolation filters);
/// everyone else's come from the <see cref="GraphKamContextPool"/>.
/// </summary>
public sealed class GraphKamContextFactory(IServiceProvider services, GraphKamContextPool pool)
    : IDbContextFactory<GraphKamDbContext>
{
    private readonly bool _postgreSql =
        DatabaseProviders.Of(services.GetRequiredService<IConfiguration>()) == DatabaseProvider.PostgreSQL;

    public GraphKamDbContext CreateDbContext()
    {
        var access = services.GetService<AccessScope>();
        var db = access?.PartnerDistributorId != null ? Fresh() : pool.Lease();
        return db.Serve(access, services.GetService<AccessRules>(), services.GetService<TimeProvider>());
    }

    // The options are looked up only here: they are scoped, and building them (a copy of every option and interceptor)
    // was a seventh of what a staff request allocated, for contexts that come from the pool and never use them.
    private GraphKamDbContext Fresh()
    {
        var options = services.GetRequiredService<DbContextOptions<GraphKamDbContext>>();
        return _postgreSql ? new PostgreSqlGraphKamDbContext(options) : new GraphKamDbContext(options);
    }
}
