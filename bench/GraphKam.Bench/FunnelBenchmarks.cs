using BenchmarkDotNet.Attributes;

namespace GraphKam.Bench;

/// <summary>
/// The funnel analytics over 100,000 opportunities (about 450,000 stage changes) on 10,000 graded accounts, each a
/// whole GraphQL request answered by one SQL statement.
/// </summary>
public class FunnelBenchmarks
{
    private BenchServer _server = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _server = new BenchServer();
        await _server.AddAccountsAsync(10_000);
        await _server.AddOpportunitiesAsync(100_000);
        await _server.PostAsync("mutation { recomputeTiers(input: {}) { recomputation { accountsScored } errors { __typename ... on Error { code message } } } }");
    }

    [GlobalCleanup]
    public void CleanUp() => _server.Dispose();

    [Benchmark(Description = "funnel, all opportunities")]
    public Task<string> Funnel() => _server.PostAsync("{ funnel { count amount weightedAmount avgDaysInStage conversionToNext } }");

    [Benchmark(Description = "funnel, one industry's opportunities")]
    public Task<string> FilteredFunnel() =>
        _server.PostAsync("{ funnel(where: { account: { industry: { eq: FINANCE } } }) { count amount avgDaysInStage conversionToNext } }");

    [Benchmark(Description = "pipeline by owner")]
    public Task<string> PipelineByOwner() => _server.PostAsync("{ pipeline(groupBy: OWNER) { key open weighted commit won lost winRate } }");

    [Benchmark(Description = "pipeline by tier")]
    public Task<string> PipelineByTier() => _server.PostAsync("{ pipeline(groupBy: TIER) { key open weighted commit won lost winRate } }");

    [Benchmark(Description = "forecast of a quarter by owner")]
    public Task<string> Forecast() => _server.PostAsync("{ forecast(period: \"2026-Q4\") { total { forecast } rows { key won commit forecast } } }");
}
