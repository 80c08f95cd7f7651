namespace GraphKam.Tests.Revenue;

/// <summary>With <c>GraphKam:Revenue:TrailingMonths</c> at 3, an account's figures average its last three months.</summary>
public sealed class RevenueTrailingAverageTests : RevenueTestBase
{
    public override Task InitializeAsync()
    {
        Factory.Settings["GraphKam:Revenue:TrailingMonths"] = "3";
        return base.InitializeAsync();
    }

    [Fact]
    public async Task A_trailing_average_smooths_the_figure_over_the_months_recorded()
    {
        await RecordAsync("alpha beta Bank", "2026-07", 10m);
        await RecordAsync("alpha beta Bank", "2026-09", 300m, 30m);
        await RecordAsync("alpha beta Bank", "2026-11", 600m, 0.01m);
        // September to November: two months recorded (October is unknown, not 0): (300 + 600) ÷ 2; July is outside.
        Assert.Equal((450m, 15.01m), (await AccountAsync("alpha beta Bank")) is var a ? (a.Revenue, a.ItRevenue) : default);
    }
}
