using System.Globalization;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;

namespace GraphKam.Tests.Funnel;

public sealed class FunnelRulesTests
{
    [Theory]
    [InlineData(1_000_000, false, SalesRoute.Outside)]   // at the threshold: large
    [InlineData(999_999.99, true, SalesRoute.Channel)]
    [InlineData(999_999.99, false, SalesRoute.Inside)]
    [InlineData(5_000_000, true, SalesRoute.Outside)]    // large wins over channel
    public void Routing(decimal amount, bool channel, SalesRoute route) =>
        Assert.Equal(route, FunnelRules.Route(amount, 1_000_000m, channel));

    [Theory]
    [InlineData("2026", "2026-01-01", "2027-01-01")]
    [InlineData("2026-Q3", "2026-07-01", "2026-10-01")]
    [InlineData("2026-Q4", "2026-10-01", "2027-01-01")]
    [InlineData("2026-11", "2026-11-01", "2026-12-01")]
    [InlineData("2026-12", "2026-12-01", "2027-01-01")]
    public void Periods(string text, string start, string end)
    {
        Assert.True(SalesPeriod.TryParse(text, out var period));
        Assert.Equal((DateTime.Parse(start, CultureInfo.InvariantCulture).Date, DateTime.Parse(end, CultureInfo.InvariantCulture).Date), (period.Start, period.End));
        Assert.Equal(DateTimeKind.Utc, period.Start.Kind);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("26")]
    [InlineData("2026-q1")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_periods(string? text) => Assert.False(SalesPeriod.TryParse(text, out _));

    [Fact]
    public void Moves_and_closes()
    {
        var open = new Opportunity { Name = "x", Status = OpportunityStatus.Open };
        var won = new Opportunity { Name = "x", Status = OpportunityStatus.Won };
        var propose = new FunnelStage { Key = "PROPOSE", Name = "p" };
        var lost = new FunnelStage { Key = "LOST", Name = "l", IsClosed = true };
        Assert.Null(FunnelRules.CheckMove(open, propose));
        Assert.IsType<ClosingStageError>(FunnelRules.CheckMove(open, lost));
        Assert.IsType<OpportunityClosedError>(FunnelRules.CheckMove(won, propose));
        Assert.IsType<LossReasonRequiredError>(FunnelRules.CheckClose(open, won: false, " "));
        Assert.Null(FunnelRules.CheckClose(open, won: false, "Budget cancelled"));
        Assert.IsType<OpportunityClosedError>(FunnelRules.CheckClose(won, won: true, null));
    }

    [Fact]
    public void The_furthest_stage_moves_on_with_progress_only()
    {
        var stages = FunnelStageSeed.Stages().ToDictionary(s => s.Key);
        Assert.Equal(4, FunnelRules.Furthest(3, stages["PROPOSE"]));
        Assert.Equal(5, FunnelRules.Furthest(5, stages["MAP_ORGANISATION"])); // moving back keeps how far it got
        Assert.Equal(7, FunnelRules.Furthest(6, stages["WON"]));
        Assert.Equal(4, FunnelRules.Furthest(4, stages["LOST"]));             // a loss is not progress
    }

    [Fact]
    public void Weighted_amounts_are_kept_to_the_fen() => Assert.Equal(33_333.33m, FunnelRules.Weighted(111_111.11m, 0.3));

    [Fact] // A client sees 240000 both in the mutation's answer and in a later query, never 240000.0.
    public void Weighted_amounts_carry_no_trailing_zeros() =>
        Assert.Equal("240000", FunnelRules.Weighted(2_400_000m, 0.1).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
