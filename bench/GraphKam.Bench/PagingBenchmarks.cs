using BenchmarkDotNet.Attributes;
using GraphKam.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Bench;

/// <summary>
/// Keyset paging: the 1,000th page of 50 accounts (rows 49,951–50,000 of 100,000, ordered by name) against the first
/// page, over GraphQL on the in-process server; and, for comparison, the same deep page read with OFFSET.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private const int PageSize = 50;
    private const string Query = "query($after: String) { accounts(order: [{ name: ASC }], first: 50, after: $after) { nodes { id name } } }";

    private BenchServer _server = null!;
    private string _cursorOfRow49950 = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _server = new BenchServer();
        await _server.AddAccountsAsync(100_000);
        await using var db = _server.NewContext();
        var row = await db.Accounts.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip(49_950 - 1).Select(a => new { a.Name, a.Id }).FirstAsync();
        _cursorOfRow49950 = Cursor.Encode(Cursor.Fingerprint("name:Asc,id:Asc"), [row.Name, row.Id]);
    }

    [GlobalCleanup]
    public void CleanUp() => _server.Dispose();

    [Benchmark(Baseline = true, Description = "GraphQL, first page")]
    public Task<string> FirstPage() => _server.PostAsync(Query, new { after = (string?)null });

    [Benchmark(Description = "GraphQL, page 1,000 (keyset cursor)")]
    public Task<string> Page1000() => _server.PostAsync(Query, new { after = _cursorOfRow49950 });

    [Benchmark(Description = "GraphQL, { __typename } (transport and engine only)")]
    public Task<string> Typename() => _server.PostAsync("{ __typename }");

    [Benchmark(Description = "EF only, page 1,000 with OFFSET (what keyset avoids)")]
    public async Task<int> OffsetPage1000()
    {
        await using var db = _server.NewContext();
        return (await db.Accounts.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip(49_950).Take(PageSize).ToListAsync()).Count;
    }

    [Benchmark(Description = "EF only, first page")]
    public async Task<int> EfFirstPage()
    {
        await using var db = _server.NewContext();
        return (await db.Accounts.OrderBy(a => a.Name).ThenBy(a => a.Id).Take(PageSize).ToListAsync()).Count;
    }
}
