using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using GraphKam.GraphQL.Paging;
using GraphKam.Server.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Bench;

/// <summary>
/// Keyset paging: the 1,000th page of 50 accounts (rows 49,951–50,000 of 100,000, ordered by name) against the first
/// page, over GraphQL on the in-process server; and, for comparison, the same deep page read with OFFSET.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private const int Rows = 100_000;
    private const int PageSize = 50;
    private const string Query = "query($after: String) { accounts(order: [{ name: ASC }], first: 50, after: $after) { nodes { id name } } }";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"graphkam-bench-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _server = null!;
    private HttpClient _http = null!;
    private string _cursorOfRow49950 = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        // WebApplicationFactory finds the server's content root through this variable outside test projects.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_GRAPHKAM_SERVER", ServerProjectFolder());
        _server = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:GraphKam", $"Data Source={_database}")
            .UseSetting("GraphKam:SeedDemoData", "false")
            .UseEnvironment("Production"));
        _http = _server.CreateClient();
        await _http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" }); // starts the server: migrations run

        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows})
            INSERT INTO Accounts (Name, Industry, Region, Scale, Employees, MonthlyRevenue, MonthlyItRevenue, ProductsInUse,
                                  Strategic, Coverage, LoyaltyStage, CreatedAt, UpdatedAt, Version)
            SELECT printf('Account %06d', (i * 7919) % {Rows}), 1 + i % 8, 'Region ' || (i % 18), 1 + i % 3, i % 5000, i * 100, i * 10, i % 20,
                   i % 7 = 0, 1 + i % 3, 1 + i % 5, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1
            FROM n
            """);
        var row = await db.Accounts.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip(49_950 - 1).Select(a => new { a.Name, a.Id }).FirstAsync();
        _cursorOfRow49950 = Cursor.Encode(Cursor.Fingerprint("name:Asc,id:Asc"), [row.Name, row.Id]);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _http.Dispose();
        _server.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_database + suffix);
    }

    [Benchmark(Baseline = true, Description = "GraphQL, first page")]
    public Task<string> FirstPage() => Post(after: null);

    [Benchmark(Description = "GraphQL, page 1,000 (keyset cursor)")]
    public Task<string> Page1000() => Post(_cursorOfRow49950);

    [Benchmark(Description = "GraphQL, { __typename } (transport and engine only)")]
    public async Task<string> Typename()
    {
        var response = await _http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    [Benchmark(Description = "GraphQL, first page without order")]
    public async Task<string> Unordered()
    {
        var response = await _http.PostAsJsonAsync("/graphql", new { query = "{ accounts(first: 50) { nodes { id name } } }" });
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    [Benchmark(Description = "EF only, page 1,000 with OFFSET (what keyset avoids)")]
    public async Task<int> OffsetPage1000()
    {
        await using var db = NewContext();
        return (await db.Accounts.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip(49_950).Take(PageSize).ToListAsync()).Count;
    }

    [Benchmark(Description = "EF only, first page")]
    public async Task<int> EfFirstPage()
    {
        await using var db = NewContext();
        return (await db.Accounts.OrderBy(a => a.Name).ThenBy(a => a.Id).Take(PageSize).ToListAsync()).Count;
    }

    private async Task<string> Post(string? after)
    {
        var response = await _http.PostAsJsonAsync("/graphql", new { query = Query, variables = new { after } });
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    private static string ServerProjectFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "GraphKam.sln"))) return Path.Combine(directory.FullName, "src", "GraphKam.Server");
        throw new InvalidOperationException("Run the benchmarks from within the repository.");
    }

    private GraphKamDbContext NewContext() =>
        _server.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContext();
}
