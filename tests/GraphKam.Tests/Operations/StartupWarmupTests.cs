using System.Data.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Operations;

/// <summary>
/// The warm-up before listening (<c>GraphKam:WarmUpAtStart</c>, on by default; test servers turn it off) runs its
/// reads cleanly on the demo data and spends no caller's rate. It runs beside the areas' start-up work, so it must
/// wait for the migration: a fresh database is where a read that came too early would fail.
/// </summary>
public sealed class StartupWarmupTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_warm_up_reads_answer_without_errors_and_the_server_then_serves(bool fromTemplate)
    {
        var capture = new LogCapture();
        using var factory = new GraphKamFactory { FromTemplate = fromTemplate, Settings = { ["GraphKam:WarmUpAtStart"] = "true" } };
        // A slow migration: a warm-up that did not wait for it would read tables that do not exist yet.
        using var server = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture))
            .ConfigureServices(s => s.AddSingleton<IInterceptor>(new SlowFirstTable())));
        var warmedUp = () => capture.Entries.Any(e => e.Message.StartsWith("Warmed up in", StringComparison.Ordinal));
        using var http = server.CreateClient();
        var answer = await http.GetStringAsync(new Uri("/graphql?query={__typename}", UriKind.Relative));
        Assert.Contains("Query", answer, StringComparison.Ordinal);
        Assert.True(warmedUp(), "the warm-up ran before the first answer");
        Assert.DoesNotContain(capture.Entries, e => e.Message.StartsWith("A warm-up read", StringComparison.Ordinal)
            || e.Message.StartsWith("The start-up warm-up failed", StringComparison.Ordinal));
    }

    /// <summary>Holds the first <c>CREATE TABLE</c> of a migration for two seconds.</summary>
    private sealed class SlowFirstTable : DbCommandInterceptor
    {
        private int _held;

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("CREATE TABLE", StringComparison.Ordinal) && Interlocked.Exchange(ref _held, 1) == 0)
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            return result;
        }
    }
}
