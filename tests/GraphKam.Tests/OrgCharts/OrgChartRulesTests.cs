using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;

namespace GraphKam.Tests.OrgCharts;

public sealed class OrgChartRulesTests
{
    private static Contact Person(int id, string name, BuyingRole role, int? manager = null, Attitude attitude = Attitude.Neutral, bool primary = false) =>
        new() { Id = id, Name = name, BuyingRole = role, ReportsToId = manager, Attitude = attitude, IsPrimary = primary };

    [Fact]
    public void The_chart_is_laid_out_depth_first_with_depth_manager_and_path()
    {
        var chart = OrgChart.Layout(
        [
            Person(5, "Ops", BuyingRole.User, manager: 1), Person(4, "Eng", BuyingRole.Influencer, manager: 2),
            Person(3, "CFO", BuyingRole.FinancialGatekeeper, manager: 1), Person(2, "CIO", BuyingRole.TechnicalGatekeeper, manager: 1),
            Person(1, "GM", BuyingRole.DecisionMaker), Person(6, "Advisor", BuyingRole.Other),
        ]);
        Assert.Equal(["GM", "CIO", "Eng", "CFO", "Ops", "Advisor"], chart.Select(e => e.Contact.Name));
        Assert.Equal([0, 1, 2, 1, 1, 0], chart.Select(e => e.Depth));
        Assert.Equal([null, 1, 2, 1, 1, null], chart.Select(e => e.ManagerId));
        Assert.Equal([1, 2, 4], chart[2].Path);
    }

    [Fact]
    public void The_primary_contact_leads_its_siblings_and_a_manager_outside_the_list_makes_a_top()
    {
        var chart = OrgChart.Layout([Person(1, "A", BuyingRole.DecisionMaker), Person(2, "B", BuyingRole.User, primary: true), Person(3, "C", BuyingRole.User, manager: 99)]);
        Assert.Equal(["B", "A", "C"], chart.Select(e => e.Contact.Name));
        Assert.All(chart, e => Assert.Equal(0, e.Depth));
    }

    [Theory]
    [InlineData(1, 1, true)]   // under itself
    [InlineData(1, 4, true)]   // under its own report's report (4 → 2 → 1)
    [InlineData(2, 3, false)]  // under a sibling
    [InlineData(4, 1, false)]  // up to the top
    public void Moves_that_would_loop_are_detected(int contact, int newManager, bool cycle)
    {
        var managers = new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 1, [4] = 2 };
        Assert.Equal(cycle, OrgChart.FormsCycle(contact, newManager, managers));
    }

    [Fact]
    public void An_existing_loop_in_the_data_cannot_hang_the_check() =>
        Assert.True(OrgChart.FormsCycle(9, 1, new Dictionary<int, int?> { [1] = 2, [2] = 1 }));

    [Fact]
    public void Coverage_with_every_key_role_and_no_opponent_has_no_risk()
    {
        var coverage = RoleCoverage.Assess([Person(1, "GM", BuyingRole.DecisionMaker, attitude: Attitude.Supporter), Person(2, "CIO", BuyingRole.TechnicalGatekeeper),
            Person(3, "CFO", BuyingRole.FinancialGatekeeper), Person(4, "Ops", BuyingRole.User)]);
        Assert.Equal(CoverageRisk.None, coverage.Risk);
        Assert.Empty(coverage.MissingRoles);
        Assert.Equal(1, coverage.Supporters);
    }

    [Fact]
    public void A_missing_or_opposed_decision_maker_is_a_high_risk_and_a_gatekeeper_a_medium_one()
    {
        var noDecider = RoleCoverage.Assess([Person(2, "CIO", BuyingRole.TechnicalGatekeeper), Person(3, "CFO", BuyingRole.FinancialGatekeeper), Person(4, "Ops", BuyingRole.User)]);
        Assert.Equal(CoverageRisk.High, noDecider.Risk);
        Assert.Equal([BuyingRole.DecisionMaker], noDecider.MissingRoles);

        var opposedCfo = RoleCoverage.Assess([Person(1, "GM", BuyingRole.DecisionMaker), Person(2, "CIO", BuyingRole.TechnicalGatekeeper),
            Person(3, "CFO", BuyingRole.FinancialGatekeeper, attitude: Attitude.Opponent), Person(4, "Ops", BuyingRole.User)]);
        Assert.Equal(CoverageRisk.Medium, opposedCfo.Risk);
        Assert.Contains("financial gatekeeper CFO opposes us.", opposedCfo.Risks);

        var noUser = RoleCoverage.Assess([Person(1, "GM", BuyingRole.DecisionMaker), Person(2, "CIO", BuyingRole.TechnicalGatekeeper), Person(3, "CFO", BuyingRole.FinancialGatekeeper)]);
        Assert.Equal(CoverageRisk.Low, noUser.Risk);
        Assert.Equal(CoverageRisk.High, RoleCoverage.Assess([]).Risk);
    }

    [Fact]
    public void Contact_values_are_checked()
    {
        var contact = new Contact { Name = " ", Email = "not-an-email", Influence = 0, RelationshipStrength = 6 };
        Assert.Equal([typeof(RequiredValueError), typeof(InvalidEmailError), typeof(OutOfRangeError), typeof(OutOfRangeError)],
            ContactRules.Validate(contact).Select(e => e.GetType()));
        Assert.Empty(ContactRules.Validate(new Contact { Name = "王伟", Email = "wang.wei@client.example.cn", Influence = 5, RelationshipStrength = 1 }));
    }

    [Theory]
    [InlineData("a@b.cn", true)]
    [InlineData("wei.wang@client001.example.cn", true)]
    [InlineData("@b.cn", false)]
    [InlineData("a@b", false)]
    [InlineData("a@@b.cn", false)]
    [InlineData("a b@c.cn", false)]
    [InlineData("a@b.", false)]
    public void Email_shapes(string email, bool valid) => Assert.Equal(valid, EmailAddress.IsValid(email));
}
