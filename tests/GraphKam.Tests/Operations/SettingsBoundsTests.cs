using GraphKam.Tests.ScaleOut;

namespace GraphKam.Tests.Operations;

[Trait("Provider", "Independent")] // a setting refused before the database is opened
public sealed class SettingsBoundsTests
{
    // Sweep intervals, windows, weights and bands out of range. A timer cannot wait longer than about 49 days: such an
    // interval used to stop the host once it had started.
    // Tried on the built server, as an operator would meet it: in the test host, whether the refusal or the disposal
    // of the half-started host reaches the test first is a matter of timing.
    [Theory]
    [InlineData("GraphKam:Tiers:ExpirySweepInterval", "3650.00:00:00")]
    [InlineData("GraphKam:Tiers:ExpirySweepInterval", "00:00:00")]
    [InlineData("GraphKam:Service:EscalationSweepInterval", "3650.00:00:00")]
    [InlineData("GraphKam:Service:SatisfactionWindowDays", "6")]
    [InlineData("GraphKam:Service:SatisfactionWindowDays", "3651")]
    [InlineData("GraphKam:Service:SatisfactionSweepInterval", "60.00:00:00")]
    [InlineData("GraphKam:Health:SweepInterval", "00:00:00")]
    [InlineData("GraphKam:Plans:ReviewIntervalDays", "0")]
    [InlineData("GraphKam:Plans:ReviewIntervalDays", "367")]
    [InlineData("GraphKam:Capacity:OutsideAccounts", "0")]
    [InlineData("GraphKam:Capacity:VisitsPerDay", "51")]
    [InlineData("GraphKam:Health:AtRiskBelow", "80", "GraphKam:Health")] // above HealthyFrom (75)
    [InlineData("GraphKam:Health:Weights:SlaBreached", "101", "GraphKam:Health")]
    [InlineData("GraphKam:Auth:SessionCheckInterval", "00:00:00")] // every open stream would check without pause
    [InlineData("GraphKam:Auth:SessionCheckInterval", "-00:00:05")]
    [InlineData("GraphKam:Auth:SessionCheckInterval", "1.00:00:00")]
    public async Task A_setting_out_of_range_stops_the_start_with_the_setting_named(string setting, string value, string? named = null)
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
            Assert.Contains(named ?? setting, output, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" }) File.Delete(database + suffix);
        }
    }
}
