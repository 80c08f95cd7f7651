using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Activities;

/// <summary>Org charts, contact lists and service status inside account lists make no N+1 queries (demo data: 3–40 contacts each).</summary>
public sealed class OrgChartSqlCountTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private const string Selection = """
        orgChart { depth contact { name rolePlan { goal } } }
        roleCoverage { risk decisionMakers { name } }
        contacts(first: 3, order: [{ influence: DESC }]) { totalCount nodes { name reportsTo { name } dottedLines { name } } }
        serviceStatus { overdueDays }
        activities(first: 2) { nodes { type contacts { name } owner { name } } }
        """;

    [Fact]
    public async Task The_statement_count_does_not_grow_with_the_number_of_accounts()
    {
        async Task<int> Statements(int accounts)
        {
            fixture.Factory.Sql.Clear();
            await fixture.Client.DataAsync($"{{ accounts(first: {accounts}, where: {{ scale: {{ eq: FORTUNE_500 }} }}) {{ nodes {{ name {Selection} }} }} }}");
            return fixture.Factory.Sql.Commands.Count;
        }
        var few = await Statements(2);
        var many = await Statements(40);
        Assert.Equal(few, many);
        Assert.InRange(many, 1, 16);
    }
}
