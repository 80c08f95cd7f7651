using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphKam.Tests.Tiers;

public sealed class TierSettingsTests
{
    // A timer cannot wait longer than about 49 days: such an interval used to stop the host once it had started.
    [Theory]
    [InlineData("3650.00:00:00")]
    [InlineData("00:00:00")]
    public void A_sweep_interval_out_of_range_stops_the_start_with_the_setting_named(string interval)
    {
        using var factory = GraphKamFactory.Empty();
        factory.Settings["GraphKam:Tiers:ExpirySweepInterval"] = interval;

        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("GraphKam:Tiers:ExpirySweepInterval", refused.Message, StringComparison.Ordinal);
    }
}
