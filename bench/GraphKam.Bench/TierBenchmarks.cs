using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Bench;

/// <summary>
/// <c>recomputeTiers</c> over 100,000 accounts, through the GraphQL mutation: when nothing changes (a routine re-run:
/// read, score, compare), and when every account is graded anew (each gets an assignment and a history row).
/// </summary>
public class TierBenchmarks
{
    private const string Recompute = "mutation($p: String) { recomputeTiers(input: { policy: $p }) { recomputation { accountsScored tierChanges } errors { __typename ... on Error { code message } } } }";
    private BenchServer _server = null!;

    [Params("china-mobile", "icbc-stars")]
    public string Policy { get; set; } = "";

    [GlobalSetup]
    public async Task SetUp()
    {
        _server = new BenchServer();
        await _server.AddAccountsAsync(100_000);
        await _server.PostAsync(Recompute, new { p = Policy });
    }

    [GlobalCleanup]
    public void CleanUp() => _server.Dispose();

    [Benchmark(Description = "recompute 100,000 accounts, nothing changes")]
    public Task<string> Unchanged() => _server.PostAsync(Recompute, new { p = Policy });

    [IterationSetup(Target = nameof(EveryAccountGraded))]
    public void ForgetGrades()
    {
        using var db = _server.NewContext();
        db.Database.ExecuteSqlRaw("DELETE FROM AccountTiers; DELETE FROM TierChanges;");
    }

    [Benchmark(Description = "recompute 100,000 accounts, every one newly graded")]
    public Task<string> EveryAccountGraded() => _server.PostAsync(Recompute, new { p = Policy });
}
