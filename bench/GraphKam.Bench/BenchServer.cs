using System.Net.Http.Json;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Bench;

/// <summary>The server in-process on a fresh SQLite file, for benchmarks to fill and call.</summary>
public sealed class BenchServer : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"graphkam-bench-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<Program> _server;

    public HttpClient Http { get; }

    /// <param name="kestrel">Serve on a real loopback port (for WebSocket clients) instead of in memory.</param>
    /// <param name="settings">Configuration of this run (e.g. limits), applied over the defaults.</param>
    public BenchServer(bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // WebApplicationFactory finds the server's content root through this variable outside test projects.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_GRAPHKAM_SERVER", ServerProjectFolder());
        _server = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:GraphKam", $"Data Source={_database}")
            .UseSetting("GraphKam:SeedDemoData", "false")
            .UseSetting("GraphKam:Auth:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)))
            .UseEnvironment("Production")
            .ConfigureAppConfiguration(configuration => configuration
                .AddInMemoryCollection(Unlimited)
                .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())));
        if (kestrel) _server.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        Http = _server.CreateClient();
        PostAsync("{ __typename }").GetAwaiter().GetResult(); // starts the server: migrations and policies
        AccessToken = SignInDirectorAsync("bench@bench.graphkam").GetAwaiter().GetResult();
        Http.DefaultRequestHeaders.Authorization = new("Bearer", AccessToken);
    }

    // A benchmark is one caller asking as fast as it can: the rate limits would measure themselves.
    private static readonly Dictionary<string, string?> Unlimited = new()
    {
        ["GraphKam:GraphQL:RateLimit:OperationsPerLogin"] = "0",
        ["GraphKam:GraphQL:RateLimit:OperationsPerAddress"] = "0",
        ["GraphKam:GraphQL:RateLimit:CostPerLogin"] = "0",
        ["GraphKam:GraphQL:RateLimit:CostPerAddress"] = "0",
    };

    /// <summary>A sales director's access token (valid for the configured lifetime, 15 minutes by default).</summary>
    public string AccessToken { get; }

    /// <summary>Creates a sales director with this e-mail address and returns an access token of theirs.</summary>
    public async Task<string> SignInDirectorAsync(string email)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Login>>();
        var login = new Login { UserName = email, Email = email, Person = new User { Name = "Bench", Email = email, Role = UserRole.Director } };
        await users.CreateWithRoleAsync(login, Roles.Director);
        var db = scope.ServiceProvider.GetRequiredService<GraphKamDbContext>();
        return (await scope.ServiceProvider.GetRequiredService<TokenService>().IssueAsync(db, login, CancellationToken.None)).AccessToken;
    }

    public IServiceProvider Services => _server.Services;

    public GraphKamDbContext NewContext() =>
        _server.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContext();

    public async Task<string> PostAsync(string query, object? variables = null)
    {
        var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        return GraphQLAnswer.HasErrors(body) ? throw new InvalidOperationException(body) : body;
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

    /// <summary>
    /// Inserts 20 owners and <paramref name="rows"/> opportunities spread over the accounts, each with a stage history:
    /// it walked up to one of the six open stages, ten days a stage, and one in four was then won and one in four lost.
    /// </summary>
    public async Task AddOpportunitiesAsync(int rows)
    {
        await using var db = NewContext();
        // rows is our own integer, not input: it is written into the SQL text on purpose.
        var sql = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
            INSERT INTO Users (Name, Email, Role) SELECT 'Owner ' || i, 'owner' || i || '@example.com', 3 FROM n;

            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}),
            deal AS (SELECT i, CASE i % 4 WHEN 0 THEN 7 WHEN 1 THEN 8 ELSE 1 + i % 6 END AS stageOrder,
                            ((i * 104729) % 500000 + 1000) * 10000 AS amount FROM n)
            INSERT INTO Opportunities (Name, AccountId, Amount, Currency, ExpectedCloseDate, StageId, Probability, WeightedAmount,
                                       OwnerId, Route, Status, StageEnteredAt, FurthestStageOrder, CreatedAt, ClosedAt, LossReason, Version)
            SELECT 'Deal ' || i, 1 + (i * 7919) % (SELECT COUNT(*) FROM Accounts), amount, 'CNY',
                   datetime('2026-01-01', '+' || (i % 540) || ' days'), s.Id, s.DefaultProbability,
                   CAST(ROUND(amount * s.DefaultProbability) AS INTEGER), 1 + i % 20, 1 + i % 3,
                   CASE stageOrder WHEN 7 THEN 2 WHEN 8 THEN 3 ELSE 1 END,
                   datetime('2025-06-01', '+' || (i % 365 + (1 + i % 6) * 10) || ' days'),
                   CASE stageOrder WHEN 7 THEN 7 ELSE 1 + i % 6 END, datetime('2025-06-01', '+' || (i % 365) || ' days'),
                   CASE WHEN stageOrder >= 7 THEN datetime('2025-06-01', '+' || (i % 365 + (1 + i % 6) * 10) || ' days') END,
                   CASE stageOrder WHEN 8 THEN 'Budget cut' END, 1
            FROM deal JOIN FunnelStages s ON s."Order" = stageOrder;

            WITH RECURSIVE step(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM step WHERE k < 6)
            INSERT INTO StageChanges (OpportunityId, FromStageId, ToStageId, ChangedAt, LeftAt, ChangedBy)
            SELECT o.Id, (SELECT Id FROM FunnelStages WHERE "Order" = k - 1), (SELECT Id FROM FunnelStages WHERE "Order" = k),
                   datetime(o.CreatedAt, '+' || ((k - 1) * 10) || ' days'),
                   CASE WHEN k < 1 + o.Id % 6 OR o.ClosedAt IS NOT NULL THEN datetime(o.CreatedAt, '+' || (k * 10) || ' days') END, 'bench'
            FROM Opportunities o JOIN step ON k <= 1 + o.Id % 6;

            INSERT INTO StageChanges (OpportunityId, FromStageId, ToStageId, ChangedAt, ChangedBy)
            SELECT o.Id, (SELECT Id FROM FunnelStages WHERE "Order" = 1 + o.Id % 6), o.StageId, o.ClosedAt, 'bench'
            FROM Opportunities o WHERE o.ClosedAt IS NOT NULL;
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
