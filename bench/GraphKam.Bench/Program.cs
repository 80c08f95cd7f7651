using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GraphKam.Bench;

public static class BenchProgram
{
    // In-process: the benchmarks host the server themselves, on a database they fill in their set-up.
    // `--job short` gives a quick, rough run.
    // `subscribers [N] [changes] [spacing ms]` runs the WebSocket fan-out measurement instead (see SubscriberBench;
    // `subscriber-clients` is its child process), `soak [minutes]` the soak
    // (see SoakBench), `load` the read load on one and two server processes (see LoadBench), `peer` the reads of the
    // performance peer on its data set (see Peer/PeerBench), `startup` the time to a first answer on it (StartupBench).
    public static async Task Main(string[] args)
    {
        if (args is ["soak", ..])
        {
            await SoakBench.RunAsync(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10);
            return;
        }
        if (args is ["load", ..])
        {
            var options = args.Skip(1).Chunk(2).Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0], pair => pair[1]);
            var seconds = int.Parse(options.GetValueOrDefault("--seconds", "20"), CultureInfo.InvariantCulture);
            var clients = int.Parse(options.GetValueOrDefault("--clients", "16"), CultureInfo.InvariantCulture);
            await LoadBench.RunAsync(options.GetValueOrDefault("--postgres"), TimeSpan.FromSeconds(seconds), clients);
            return;
        }
        if (args is ["peer", ..])
        {
            await Peer.PeerBench.RunAsync(Peer.PeerOptions.Parse(args.Skip(1)));
            return;
        }
        if (args is ["startup", ..])
        {
            await Peer.StartupBench.RunAsync(Peer.PeerOptions.Parse(args.Skip(1)));
            return;
        }
        if (args is ["subscribers", ..])
        {
            int Argument(int index, int otherwise) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : otherwise;
            await SubscriberBench.RunAsync(subscribers: Argument(1, 10_000), changes: Argument(2, 20), spacingMs: Argument(3, 2000));
            return;
        }
        if (args is ["subscriber-clients", var url, var tokens])
        {
            await SubscriberClients.RunAsync(url, tokens);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly)
            .Run(args, DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)));
    }
}
