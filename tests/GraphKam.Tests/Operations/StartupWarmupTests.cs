using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Operations;

/// <summary>
/// The warm-up before listening (<c>GraphKam:WarmUpAtStart</c>, on by default; test servers turn it off) runs its
/// reads cleanly on the demo data and spends no caller's rate.
/// </summary>
public sealed class StartupWarmupTests
{
    [Fact]
    public async Task The_warm_up_reads_answer_without_errors_and_the_server_then_serves()
    {
        var capture = new LogCapture();
        using var factory = new GraphKamFactory { Settings = { ["GraphKam:WarmUpAtStart"] = "true" } };
        using var server = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));
        var warmedUp = () => capture.Entries.Any(e => e.Message.StartsWith("Warmed up in", StringComparison.Ordinal));
        using var http = server.CreateClient();
        var answer = await http.GetStringAsync(new Uri("/graphql?query={__typename}", UriKind.Relative));
        Assert.Contains("Query", answer, StringComparison.Ordinal);
        Assert.True(warmedUp(), "the warm-up ran before the first answer");
        Assert.DoesNotContain(capture.Entries, e => e.Message.StartsWith("A warm-up read", StringComparison.Ordinal)
            || e.Message.StartsWith("The start-up warm-up failed", StringComparison.Ordinal));
    }
}
