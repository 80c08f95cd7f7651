using Xunit.Abstractions;

namespace GraphKam.Tests.Architecture;

[Trait("Provider", "Independent")]
public sealed class AreaDependencyTests(ITestOutputHelper output)
{
    [Fact]
    public void Areas_do_not_depend_on_each_other_in_a_circle()
    {
        var graph = AreaGraph.Of(typeof(Program).Assembly);
        foreach (var (from, uses) in graph.Uses.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine($"{from} -> {string.Join(", ", uses.Order(StringComparer.Ordinal))}");
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(c => string.Join(" <-> ", c) + ": "
            + string.Join("; ", c.SelectMany(a => c.Where(b => graph.Evidence.ContainsKey((a, b)))
                .Select(b => graph.Evidence[(a, b)]))))));
    }
}
