using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Bench;

/// <summary>
/// Nested connections cost the pages asked for: one account's first 20 opportunities, and the first 3 of each of 50
/// accounts, as the opportunities table grows from 1,000 to 1,000,000 rows over 1,000 accounts (so the account's
/// own deals grow too, from 1 to 1,000). Before issue 22 the page numbered every row of the table.
/// </summary>
[MemoryDiagnoser]
public class NestedConnectionBenchmarks
{
    private const int Accounts = 1_000;

    private BenchServer _server = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Opportunities { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        _server = new BenchServer();
        await _server.AddAccountsAsync(Accounts);
        await using var db = _server.NewContext();
        // Our own integers, not input, are written into the SQL text on purpose.
        var sql = $"""
            INSERT INTO Users (Name, Email, Role) VALUES ('Owner', 'owner@example.com', 3);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Opportunities})
            INSERT INTO Opportunities (Name, AccountId, Amount, Currency, ExpectedCloseDate, StageId, Probability, WeightedAmount,
                                       OwnerId, Route, Status, StageEnteredAt, FurthestStageOrder, CreatedAt, Version)
            SELECT 'Deal ' || i, 1 + i % {Accounts}, (i % 1000 + 1) * 10000, 'CNY', '2026-06-01', s.Id, s.DefaultProbability,
                   CAST(ROUND((i % 1000 + 1) * 10000 * s.DefaultProbability) AS INTEGER), (SELECT MAX(Id) FROM Users), 1, 1, '2026-01-01', 1,
                   '2026-01-01', 1
            FROM n JOIN FunnelStages s ON s."Order" = 1;
            ANALYZE;
            """;
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [GlobalCleanup]
    public void CleanUp() => _server.Dispose();

    [Benchmark(Baseline = true, Description = "one account, its first 20 opportunities")]
    public Task<string> OneAccount() => _server.PostAsync("""
        { accounts(first: 1) { nodes { name opportunities(first: 20) { nodes { id name amount } } } } }
        """);

    [Benchmark(Description = "50 accounts, the first 3 opportunities of each")]
    public Task<string> FiftyAccounts() => _server.PostAsync("""
        { accounts(first: 50) { nodes { name opportunities(first: 3) { nodes { id name amount } } } } }
        """);
}
