using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;

namespace GraphKam.Bench;

/// <summary>
/// How fast hostile documents are refused, over HTTP on the in-process server: a 256 KB document of 23,000
/// <c>__typename</c>s (refused by its tokens) and a thousand aliased schema reads (issue 14's cases), and a 2,000-field
/// fragment bomb of a few hundred bytes (refused by its expanded field count).
/// </summary>
[MemoryDiagnoser]
public class LimitBenchmarks
{
    private BenchServer _server = null!;
    private string _typenames = "";
    private string _schemaReads = "";
    private string _fragmentBomb = "";

    [GlobalSetup]
    public void SetUp()
    {
        _server = new BenchServer();
        _typenames = "{ " + string.Join(" ", Enumerable.Repeat("__typename", 23_800)) + " }";
        _schemaReads = "{" + string.Concat(Enumerable.Range(0, 1000).Select(i => $" s{i}: __schema {{ types {{ name fields {{ name args {{ name }} }} }} }}")) + " }";
        _fragmentBomb = "{ ...F0 }" + string.Concat(Enumerable.Range(0, 20).Select(i => $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"))
            + " fragment F20 on Query { __typename }";
    }

    [GlobalCleanup]
    public void CleanUp() => _server.Dispose();

    [Benchmark(Description = "256 KB of __typename (TOKEN_LIMIT)")]
    public Task<string> Typenames() => RefusedAsync(_typenames);

    [Benchmark(Description = "1,000 aliased __schema reads (TOKEN_LIMIT)")]
    public Task<string> SchemaReads() => RefusedAsync(_schemaReads);

    [Benchmark(Description = "fragment bomb, 2^20 fields (FIELD_LIMIT)")]
    public Task<string> FragmentBomb() => RefusedAsync(_fragmentBomb);

    private async Task<string> RefusedAsync(string query)
    {
        var response = await _server.Http.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadAsStringAsync();
        return (int)response.StatusCode == 400 && body.Contains("_LIMIT", StringComparison.Ordinal)
            ? body
            : throw new InvalidOperationException($"Not refused: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
    }
}
