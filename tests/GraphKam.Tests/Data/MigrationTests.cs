using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using GraphKam.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphKam.Tests.Data;

/// <summary>Databases outlive releases: each release's migrations must carry an older file forward, data intact.</summary>
public sealed class MigrationTests
{
    private static GraphKamDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<GraphKamDbContext>().UseSqlite($"Data Source={path}").Options);

    [Fact]
    public void The_committed_migrations_describe_the_current_model()
    {
        using var db = Open(Path.Combine(Path.GetTempPath(), "never-created.db"));
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run "
            + "`dotnet ef migrations add <Name> --project src/GraphKam.Server --context GraphKamDbContext "
            + "--output-dir Data/Migrations`.");
    }

    [Fact]
    public void The_committed_postgresql_migrations_describe_the_current_model()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run "
            + "`dotnet ef migrations add <Name> --project src/GraphKam.Server --context PostgreSqlGraphKamDbContext "
            + "--output-dir Data/Migrations/PostgreSql`.");
        Assert.Contains(db.Database.GetMigrations(),
            name => name.EndsWith("_PostgreSqlInitial", StringComparison.Ordinal));
        using var sqlite = Open(Path.Combine(Path.GetTempPath(), "never-created.db"));
        Assert.DoesNotContain(sqlite.Database.GetMigrations(),
            name => name.Contains("PostgreSql", StringComparison.Ordinal));
    }

    [SqliteFact("PostgreSQL's migrations start after that release.")]
    public async Task A_database_of_the_org_chart_release_upgrades_with_its_data()
    {
        using var factory = GraphKamFactory.Empty();
        await using (var old = Open(factory.DatabasePath))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261127085243_OrgChartsAndActivities");
            var owner = new User { Name = "Zhao Min", Email = "zhao.min@example.com", Role = UserRole.AccountManager };
            var customer = new Account { Name = "老客户 Old Customer", Region = "Beijing", Owner = owner, CreatedAt = KnownData.Jan2025, UpdatedAt = KnownData.Jan2025, Version = 1 };
            old.Add(new Activity { Account = customer, Type = ActivityKind.Visit, OccurredAt = KnownData.Jan2025, Summary = "First visit", CreatedAt = KnownData.Jan2025 });
            await old.SaveChangesAsync();
        }
        SqliteConnection.ClearAllPools();

        var client = factory.Client();
        var data = await client.DataAsync("""
            {
                accounts {
                    nodes {
                        id name
                        owner {
                            name
                        }
                        activities {
                            nodes {
                                summary
                            }
                        }
                    }
                }
                funnelStages {
                    key
                }
            }
            """);
        var account = data.At("accounts.nodes")[0];
        Assert.Equal(("老客户 Old Customer", "Zhao Min", "First visit"),
            (account.GetProperty("name").GetString(), account.At("owner.name").GetString(), account.At("activities.nodes")[0].GetProperty("summary").GetString()));
        Assert.Equal(8, data.GetProperty("funnelStages").GetArrayLength());

        // The upgraded database takes the new release's writes, including the new link from activities to deals.
        var deal = await client.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = account.GetProperty("id").GetString(), name = "Renewal", amount = 10_000m });
        var logged = await client.MutateAsync("logActivity", "activity { id }", new
        {
            accountId = account.GetProperty("id").GetString(),
            type = "CALL",
            occurredAt = "2026-11-26T08:00:00Z",
            summary = "Renewal call",
            opportunityId = deal.At("opportunity.id").GetString(),
        });
        Assert.Empty(GraphQLClient.ErrorTypes(logged));
        await using var db = factory.Db();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
