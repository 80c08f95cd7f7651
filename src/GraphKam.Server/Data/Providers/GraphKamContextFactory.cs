using GraphKam.Server.Common;
using GraphKam.Server.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// Makes the request's contexts: a <see cref="GraphKamDbContext"/> on SQLite, a
/// <see cref="PostgreSqlGraphKamDbContext"/> on PostgreSQL (so that each finds its own migrations), both made for
/// the scope's caller and rules.
/// </summary>
public sealed class GraphKamContextFactory(DbContextOptions<GraphKamDbContext> options, IServiceProvider services)
    : IDbContextFactory<GraphKamDbContext>
{
    private readonly bool _postgreSql =
        DatabaseProviders.Of(services.GetRequiredService<IConfiguration>()) == DatabaseProvider.PostgreSQL;

    public GraphKamDbContext CreateDbContext()
    {
        var access = services.GetService<AccessScope>();
        var rules = services.GetService<AccessRules>();
        var clock = services.GetService<TimeProvider>();
        return _postgreSql
            ? new PostgreSqlGraphKamDbContext(options, access, rules, clock)
            : new GraphKamDbContext(options, access, rules, clock);
    }
}
