using System.Globalization;

namespace GraphKam.Tests.Fuzzing;

/// <summary>
/// How long the fuzzer runs: by default a bounded run inside <c>dotnet test</c>; longer from the command line with
/// <c>GRAPHKAM_FUZZ_REQUESTS</c> (requests per role) and <c>GRAPHKAM_FUZZ_SEED</c> (to replay a failing run).
/// </summary>
public static class FuzzSettings
{
    public static int RequestsPerRole => Read("GRAPHKAM_FUZZ_REQUESTS", 250);

    public static int Seed => Read("GRAPHKAM_FUZZ_SEED", 20261129);

    /// <summary>A file each request is appended to before it is sent (<c>GRAPHKAM_FUZZ_TRACE</c>), to find one that kills the process.</summary>
    public static string? TraceFile => Environment.GetEnvironmentVariable("GRAPHKAM_FUZZ_TRACE");

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
