namespace GraphKam.Tests.Dashboard;

/// <summary>
/// A test that needs a real browser (Debian's chromium and its chromedriver). Locally, without them, it is skipped
/// with a clear message; under CI (<c>CI</c> set) it runs and fails, since .ci/run installs them.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
    public static readonly string ChromeDriver = Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver";

    public static bool Available => File.Exists(Chromium) && File.Exists(ChromeDriver);

    public BrowserFactAttribute()
    {
        if (!Available && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"No browser: install chromium and chromium-driver ({Chromium}, {ChromeDriver}) to run the dashboard tests.";
    }
}
