using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// For <c>dotnet ef migrations add &lt;Name&gt; --context GraphKamDbContext --output-dir Data/Migrations</c>: the
/// SQLite model (without it the tools would take the PostgreSQL factory, whose context is a GraphKamDbContext too).
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<GraphKamDbContext>
{
    public GraphKamDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GraphKamDbContext>().UseSqlite("Data Source=graphkam.db").UseSqliteTranslations().Options);
}
