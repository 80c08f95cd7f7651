using System.Globalization;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Kpis;

/// <summary>The demo's two years of KPI snapshots: a story for every chart, ending with the month the job would take.</summary>
public sealed class DemoKpiTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task Both_policies_have_24_months_ending_this_month_with_growing_key_accounts()
    {
        var data = await fixture.Client.DataAsync("""
            {
                kpiHistory { month accounts keyAccounts keyAccountRevenueShare companyRevenue satisfaction tiers { tierCode accounts } }
                stars: kpiHistory(policy: "icbc-stars") { month }
                quarters: kpiHistory(groupBy: QUARTER) { month }
            }
            """);
        var months = data.GetProperty("kpiHistory").EnumerateArray().ToList();
        var expected = Enumerable.Range(0, 24).Select(i => GraphKamFactory.ClockStart.AddMonths(i - 23).ToString("yyyy-MM", CultureInfo.InvariantCulture));
        Assert.Equal(expected, months.Select(m => m.GetProperty("month").GetString()));
        Assert.Equal(24, data.GetProperty("stars").GetArrayLength());
        Assert.Equal(9, data.GetProperty("quarters").GetArrayLength());
        foreach (var month in months)
        {
            Assert.Equal(month.GetProperty("accounts").GetInt32(), month.GetProperty("tiers").EnumerateArray().Sum(t => t.GetProperty("accounts").GetInt32()));
            Assert.InRange(month.GetProperty("keyAccountRevenueShare").GetDouble(), 0.05, 1);
            Assert.InRange(month.GetProperty("satisfaction").GetDouble(), 0, 100);
        }
        // Key accounts were promoted over the two years: more now than at the start, never fewer from one month to the next.
        var key = months.Select(m => m.GetProperty("keyAccounts").GetInt32()).ToList();
        Assert.True(key[^1] > key[0], string.Join(",", key));
        Assert.True(key.Zip(key.Skip(1)).All(p => p.Second >= p.First), string.Join(",", key));
        // The year's shape shows in the company's revenue: December above the February after it.
        var revenue = months.ToDictionary(m => m.GetProperty("month").GetString()!, m => m.GetProperty("companyRevenue").GetDecimal());
        var december = revenue.Keys.First(k => k.EndsWith("-12", StringComparison.Ordinal));
        var february = $"{int.Parse(december[..4], CultureInfo.InvariantCulture) + 1}-02";
        Assert.True(revenue[december] > revenue[february]);
    }

    [Fact]
    public async Task The_live_migration_matrix_over_two_years_tells_the_snapshots_story()
    {
        string Month(int back) => GraphKamFactory.ClockStart.AddMonths(-back).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var data = await fixture.Client.DataAsync($$"""
            {
                kpiHistory(from: "{{Month(23)}}", to: "{{Month(0)}}") { migrations { fromTier toTier accounts } }
                tierMigration(from: "{{Month(24)}}", to: "{{Month(0)}}") { cells { fromTier toTier accounts } }
                accounts(first: 1) { totalCount }
            }
            """);
        static IEnumerable<(string? From, string To, int Accounts)> Moves(IEnumerable<System.Text.Json.JsonElement> cells) =>
            cells.Select(c => (c.GetProperty("fromTier").GetString(), c.GetProperty("toTier").GetString()!, c.GetProperty("accounts").GetInt32()))
                .Where(c => c.Item1 != c.Item2);
        var told = Moves(data.GetProperty("kpiHistory").EnumerateArray().SelectMany(s => s.GetProperty("migrations").EnumerateArray()))
            .GroupBy(m => (m.From, m.To)).ToDictionary(g => g.Key, g => g.Sum(m => m.Accounts));
        var live = Moves(data.GetProperty("tierMigration").GetProperty("cells").EnumerateArray()).ToDictionary(m => (m.From, m.To), m => m.Accounts);

        // Every account was graded two years ago; the moves since are the promotions the snapshots counted month by month.
        Assert.True(!live.Keys.Any(k => k.From == null), string.Join(";", live) + " / " + string.Join(";", told));
        Assert.NotEmpty(live);
        Assert.Equal(told.OrderBy(p => p.Key.ToString()), live.OrderBy(p => p.Key.ToString()));
        var all = data.GetProperty("tierMigration").GetProperty("cells").EnumerateArray().Sum(c => c.GetProperty("accounts").GetInt32());
        Assert.Equal(data.GetProperty("accounts").GetProperty("totalCount").GetInt32(), all);
    }
}
