using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Data.Providers;

/// <summary>
/// The same database on PostgreSQL. It exists as a type of its own so that PostgreSQL has its own committed
/// migrations (<c>Data/Migrations/PostgreSql/</c>, found by this type) beside SQLite's; the model is the shared one,
/// with text compared byte by byte (collation "C") so that sorting, keyset cursors and equality answer exactly as on
/// SQLite.
/// </summary>
public sealed class PostgreSqlGraphKamDbContext(DbContextOptions options) : GraphKamDbContext(options)
{
    /// <summary>Text columns sort and compare as SQLite's BINARY does, whatever the database's own locale.</summary>
    public const string TextCollation = "C";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<string>().UseCollation(TextCollation);
    }
}
