using System.Net.Http.Json;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Bench;

/// <summary>The server in-process on a fresh SQLite file, for benchmarks to fill and call.</summary>
public sealed class BenchServer : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"graphkam-bench-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<Program> _server;

    public HttpClient Http { get; }

    public BenchServer()
    {
        // WebApplicationFactory finds the server's content root through this variable outside test projects.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_GRAPHKAM_SERVER", ServerProjectFolder());
        _server = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:GraphKam", $"Data Source={_database}")
            .UseSetting("GraphKam:SeedDemoData", "false")
            .UseEnvironment("Production"));
        Http = _server.CreateClient();
        PostAsync("{ __typename }").GetAwaiter().GetResult(); // starts the server: migrations and policies
    }

    public GraphKamDbContext NewContext() =>
        _server.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContext();

    public async Task<string> PostAsync(string query, object? variables = null)
    {
        var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        return body.Contains("\"errors\"") ? throw new InvalidOperationException(body) : body;
    }

    /// <summary>Inserts <paramref name="rows"/> accounts (names in a scrambled order) and, for three in four, ICBC measures.</summary>
    public async Task AddAccountsAsync(int rows)
    {
        await using var db = NewContext();
        // rows is our own integer, not input: it is written into the SQL text on purpose.
        var sql = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
            INSERT INTO Accounts (Name, Industry, Region, Scale, Employees, MonthlyRevenue, MonthlyItRevenue, ProductsInUse,
                                  Strategic, Coverage, LoyaltyStage, CreatedAt, UpdatedAt, Version)
            SELECT printf('Account %06d', (i * 7919) % {rows}), 1 + i % 8, 'Region ' || (i % 18), 1 + i % 3, (i * 37) % 20000,
                   ((i * 7919) % 2000000) * 100, ((i * 104729) % 400000) * 100, i % 25,
                   i % 7 = 0, 1 + i % 3, 1 + i % 5, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1
            FROM n;
            INSERT INTO AccountMeasures (AccountId, Key, Value)
            SELECT Id, m.Key, ((Id * m.Factor) % 5000000) * 100 FROM Accounts
            JOIN (SELECT 'investmentVolume' AS Key, 7919 AS Factor UNION ALL SELECT 'cardSpend', 104729 UNION ALL SELECT 'settlementVolume', 1299709) m
            WHERE Id % 4 <> 0;
            """;
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public void Dispose()
    {
        Http.Dispose();
        _server.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_database + suffix);
    }

    private static string ServerProjectFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "GraphKam.sln"))) return Path.Combine(directory.FullName, "src", "GraphKam.Server");
        throw new InvalidOperationException("Run the benchmarks from within the repository.");
    }
}
