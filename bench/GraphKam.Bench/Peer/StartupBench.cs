using System.Diagnostics;
using System.Globalization;

namespace GraphKam.Bench.Peer;

/// <summary>
/// Start-up on the peer's data set (10,000 accounts): starts the built server process, sends read a every 20 ms from
/// the moment the process starts until the first clean answer (with a token signed beforehand), then keeps 32
/// connections busy for 10 s and prints the requests answered in each second, to show how soon the speed is warm.
/// Rounds alternate between the server as configured and the server with its start-up warm-up turned off.
/// </summary>
public static class StartupBench
{
    public static async Task RunAsync(PeerOptions options)
    {
        if (!File.Exists(options.Database) || options.Fresh) await PeerBench.BuildDatabaseAsync(options.Database);
        string token;
        using (var first = new LoadInstance(PeerBench.ServerSettings(options.Database, seed: false), options.Server))
        {
            await first.ReadyAsync();
            token = await PeerBench.SignInAsync(first.Address);
        }
        var read = PeerRead.Load().First(r => r.Key.StartsWith('a')).GraphKam;
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {PeerBench.LoadAverage()}; GraphKam {options.Server ?? "as built"}");
        Console.WriteLine($"{"round",-5} {"warm-up",-7} {"first answer s",14}  requests answered in each of the first 10 s");
        for (var round = 1; round <= options.Rounds * 2; round++)
        {
            var warmUp = round % 2 == 1;
            var settings = PeerBench.ServerSettings(options.Database, seed: false);
            settings["GraphKam:WarmUpAtStart"] = warmUp ? "true" : "false";
            var started = Stopwatch.StartNew();
            using var server = new LoadInstance(settings, options.Server);
            var endpoint = new Uri(server.Address, "/graphql");
            using var probe = new HttpLoad(endpoint, 1, token);
            while ((await probe.VerifyAsync(read)).Problem != null)
            {
                if (started.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException("No answer in 10 minutes.");
                await Task.Delay(20);
            }
            var firstAnswer = started.Elapsed.TotalSeconds;
            using var load = new HttpLoad(endpoint, options.Connections, token);
            var run = await load.RunAsync(read, options.Connections, TimeSpan.FromSeconds(10));
            // Answers per second of the run, by when each came (a slow answer counts in the second it arrived).
            var perSecond = Enumerable.Range(0, 10).Select(s => run.AnsweredAt.Count(t => t >= s && t < s + 1));
            var seconds = string.Join(' ', perSecond.Select(n => $"{n,5}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(round + 1) / 2,-5} {(warmUp ? "on" : "off"),-7} {firstAnswer,14:0.00}  {seconds}"));
        }
    }
}
