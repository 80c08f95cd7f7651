using GraphKam.Tests.ScaleOut;

namespace GraphKam.Tests.Service;

[Trait("Provider", "Independent")] // a setting refused before the database is opened
public sealed class SatisfactionSettingsTests
{
    // Tried on the built server, as an operator would meet it (see TierSettingsTests).
    [Theory]
    [InlineData("GraphKam:Service:SatisfactionWindowDays", "6")]
    [InlineData("GraphKam:Service:SatisfactionWindowDays", "3651")]
    [InlineData("GraphKam:Service:SatisfactionSweepInterval", "60.00:00:00")]
    public async Task A_window_or_sweep_out_of_range_stops_the_start_with_the_setting_named(string setting, string value)
    {
        var database = Path.Combine(Path.GetTempPath(), $"graphkam-settings-{Guid.NewGuid():N}.db");
        try
        {
            var (exitCode, output) = await ServerProcess.RunCommandAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings:GraphKam"] = $"Data Source={database}",
                ["GraphKam:SeedDemoData"] = "false",
                [setting] = value,
            }, "--urls", "http://127.0.0.1:0");

            Assert.NotEqual(0, exitCode);
            Assert.Contains(setting, output, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" }) File.Delete(database + suffix);
        }
    }
}
