using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// For <c>dotnet ef migrations add &lt;Name&gt; --context PostgreSqlGraphKamDbContext --output-dir
/// Data/Migrations/PostgreSql</c>: the PostgreSQL model, without a server (adding a migration connects to nothing).
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlGraphKamDbContext>
{
    public PostgreSqlGraphKamDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GraphKamDbContext>();
        options.UsePostgreSql("Host=localhost;Database=graphkam");
        return new(options.Options);
    }
}
