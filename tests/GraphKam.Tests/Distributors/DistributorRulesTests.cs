using GraphKam.Server.Data;
using GraphKam.Server.Distributors;

namespace GraphKam.Tests.Distributors;

public sealed class DistributorRulesTests
{
    private static Distributor Valid(DistributorKind kind = DistributorKind.Authorized, DistributorModel model = DistributorModel.Distributor, double? rate = null) => new()
    {
        Name = "成都联讯",
        Kind = kind,
        Model = model,
        CommissionRate = rate,
        ContractStart = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static List<string> Codes(Distributor distributor) => DistributorRules.Validate(distributor).Select(e => e.Code).ToList();

    [Theory]
    [InlineData(DistributorModel.Agent, 0.05, true)]
    [InlineData(DistributorModel.Agent, 0.0, false)]   // strictly between 0 and 1
    [InlineData(DistributorModel.Agent, 1.0, false)]
    [InlineData(DistributorModel.Agent, null, false)]  // an agent needs a rate
    [InlineData(DistributorModel.Distributor, null, true)]
    [InlineData(DistributorModel.Distributor, 0.05, false)] // a distributor earns a margin, not a commission
    public void Commission_rates(DistributorModel model, double? rate, bool valid) =>
        Assert.Equal(valid, !Codes(Valid(model: model, rate: rate)).Contains("INVALID_COMMISSION_RATE"));

    [Fact]
    public void The_contract_ends_after_it_starts()
    {
        var distributor = Valid();
        distributor.ContractEnd = distributor.ContractStart;
        Assert.Equal(["INVALID_CONTRACT_PERIOD"], Codes(distributor));
        distributor.ContractEnd = distributor.ContractStart.AddDays(1);
        Assert.Empty(Codes(distributor));
    }

    [Fact]
    public void Territories_that_a_kind_requires()
    {
        Assert.Equal(["TERRITORY_REQUIRED"], Codes(Valid(DistributorKind.RegionalExclusive)));
        Assert.Equal(["TERRITORY_REQUIRED"], Codes(Valid(DistributorKind.IndustryAuthorized)));
        Assert.Empty(Codes(Valid(DistributorKind.GeneralExclusive))); // national: no region needed
        var named = Valid();
        named.Name = " ";
        named.Regions = ["", new string('x', 51)];
        Assert.Equal(["REQUIRED_VALUE", "REQUIRED_VALUE", "TOO_LONG"], Codes(named));
    }

    [Fact]
    public void Territories_cover_and_overlap_with_empty_lists_meaning_everywhere()
    {
        Assert.True(DistributorRules.Covers([], [], "Beijing", Industry.Finance));
        Assert.True(DistributorRules.Covers(["beijing"], [Industry.Finance], "Beijing", Industry.Finance)); // regions ignore case
        Assert.False(DistributorRules.Covers(["Sichuan"], [], "Beijing", Industry.Finance));
        Assert.False(DistributorRules.Covers([], [Industry.Education], "Beijing", Industry.Finance));

        var zhejiang = new Distributor { Name = "A", Regions = ["Zhejiang", "Jiangsu"], Industries = [Industry.Enterprise] };
        Assert.True(DistributorRules.Overlap(zhejiang, new Distributor { Name = "B", Regions = ["Jiangsu"] }));
        Assert.False(DistributorRules.Overlap(zhejiang, new Distributor { Name = "C", Regions = ["Jiangsu"], Industries = [Industry.Power] }));
        Assert.False(DistributorRules.Overlap(zhejiang, new Distributor { Name = "D", Regions = ["Anhui"] }));
        Assert.True(DistributorRules.Overlap(zhejiang, new Distributor { Name = "E" })); // national, every industry
    }

    [Fact]
    public void Regions_are_stored_trimmed_and_once() =>
        Assert.Equal(["Beijing", "Sichuan"], DistributorRules.CleanRegions([" Beijing", "Sichuan ", "beijing"]));

    [Fact]
    public void The_scorecard_arithmetic()
    {
        var weights = new ScorecardWeights(); // 0.4 sales, 0.2 coverage, 0.2 service, 0.2 payment
        // 9M of 10M: attainment 0.9, sales score 90; (0.4×90 + 0.2×80 + 0.2×70 + 0.2×60) ÷ 1 = 78.
        var figures = new ScorecardFigures("2026-Q3", 9_000_000m, 10_000_000m, 80, 70, 60);
        Assert.Equal(0.9, ScorecardMath.Attainment(figures.SalesAmount, figures.Target), 9);
        Assert.Equal(78, ScorecardMath.Overall(figures, weights));
        // Beyond the target the sales score stops at 100: (0.4×100 + 0.2×(80+70+60)) = 82.
        Assert.Equal(82, ScorecardMath.Overall(figures with { SalesAmount = 12_000_000m }, weights));
        // Weights need not add up to 1: sales only.
        Assert.Equal(90, ScorecardMath.Overall(figures, new ScorecardWeights { Sales = 2, Coverage = 0, Service = 0, Payment = 0 }));
        // Two decimals: (0.4×33.333… + 0.2×(1+2+3)) = 14.53.
        Assert.Equal(14.53, ScorecardMath.Overall(new ScorecardFigures("2026-Q3", 1m, 3m, 1, 2, 3), weights));
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026")]
    [InlineData("2026-11")]
    [InlineData("Q3-2026")]
    public void Scorecards_are_per_quarter(string period) =>
        Assert.Equal(["INVALID_PERIOD"], ScorecardMath.Validate(new ScorecardFigures(period, 1m, 1m, 50, 50, 50)).Select(e => e.Code));

    [Fact]
    public void Scorecard_ranges() =>
        Assert.Equal(["salesAmount", "target", "coverageScore", "paymentScore"],
            ScorecardMath.Validate(new ScorecardFigures("2026-Q3", -1m, 0m, 100.5, 100, -0.1)).Cast<GraphKam.GraphQL.Mutations.OutOfRangeError>().Select(e => e.Field));

    [Fact]
    public void Weights_must_count_for_something()
    {
        Assert.True(new ScorecardWeights().AreValid);
        Assert.False(new ScorecardWeights { Sales = 0, Coverage = 0, Service = 0, Payment = 0 }.AreValid);
        Assert.False(new ScorecardWeights { Sales = -1 }.AreValid);
    }
}
