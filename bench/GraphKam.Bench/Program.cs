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
    // `subscribers` runs the WebSocket fan-out measurement instead (see SubscriberBench); `soak [minutes]` the soak (SoakBench).
    public static async Task Main(string[] args)
    {
        if (args is ["soak", ..])
        {
            await SoakBench.RunAsync(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
            return;
        }
        if (args is ["subscribers", ..])
        {
            await SubscriberBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly)
            .Run(args, DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)));
    }
}
