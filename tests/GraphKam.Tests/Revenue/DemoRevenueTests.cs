using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Revenue;

/// <summary>
/// The demo book's two years of monthly revenue: 24 months ending with the clock's month for every account, the latest
/// being the account's own figures (so the tiers grade as before), the year's shape and growth that differs by account.
/// </summary>
public sealed class DemoRevenueTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task Every_account_has_24_months_ending_this_month_and_the_latest_is_its_figures()
    {
        var data = await fixture.Client.DataAsync("""
            {
                accounts(first: 500) {
                    totalCount
                    nodes { name monthlyRevenue monthlyItRevenue revenueHistory { month revenue itRevenue yearOverYear } }
                }
            }
            """);
        var accounts = data.At("accounts.nodes").EnumerateArray().ToList();
        Assert.Equal(data.At("accounts.totalCount").GetInt32(), accounts.Count);
        Assert.True(accounts.Count >= 300, $"{accounts.Count} accounts");
        var expected = Enumerable.Range(0, 24).Select(i => GraphKamFactory.ClockStart.AddMonths(i - 23).ToString("yyyy-MM",
            System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var account in accounts)
        {
            var name = account.GetProperty("name").GetString();
            var months = account.GetProperty("revenueHistory").EnumerateArray().ToList();
            Assert.True(expected.SequenceEqual(months.Select(m => m.GetProperty("month").GetString()!)), name);
            var latest = months[^1];
            Assert.True(account.GetProperty("monthlyRevenue").GetDecimal() == latest.GetProperty("revenue").GetDecimal(), name);
            Assert.True(account.GetProperty("monthlyItRevenue").GetDecimal() == latest.GetProperty("itRevenue").GetDecimal(), name);
            Assert.All(months, m => Assert.True(m.GetProperty("revenue").GetDecimal() > 0
                && m.GetProperty("itRevenue").GetDecimal() <= m.GetProperty("revenue").GetDecimal(), name));
        }
        // Growth differs by account: some shrink, many grow, a few fast (−10 % to +25 % a year, with a little noise).
        var growth = accounts.Select(a => a.GetProperty("revenueHistory")[23].GetProperty("yearOverYear").GetDouble()).ToList();
        Assert.All(growth, g => Assert.InRange(g, -0.16, 0.32));
        Assert.Contains(growth, g => g < 0);
        Assert.Contains(growth, g => g > 0.15);
        Assert.InRange(growth.Average(), 0.02, 0.12);
    }

    [Fact]
    public async Task The_company_total_has_a_year_end_peak_and_a_new_year_dip()
    {
        var data = await fixture.Client.DataAsync("""{ revenueTrend(from: "2024-12", to: "2026-11") { month revenue accounts } }""");
        var trend = data.GetProperty("revenueTrend").EnumerateArray()
            .ToDictionary(m => m.GetProperty("month").GetString()!, m => m.GetProperty("revenue").GetDecimal());
        Assert.Equal(24, trend.Count);
        Assert.All(data.GetProperty("revenueTrend").EnumerateArray(), m => Assert.True(m.GetProperty("accounts").GetInt32() >= 300));
        // December above the February after it (Chinese New Year) and above the November before it.
        Assert.True(trend["2025-12"] > trend["2026-02"] * 1.2m, $"{trend["2025-12"]} vs {trend["2026-02"]}");
        Assert.True(trend["2025-12"] > trend["2025-11"], $"{trend["2025-12"]} vs {trend["2025-11"]}");
        Assert.True(trend["2024-12"] > trend["2025-02"], $"{trend["2024-12"]} vs {trend["2025-02"]}");
        // Quarter ends above the month after them.
        Assert.True(trend["2026-03"] > trend["2026-04"] && trend["2026-06"] > trend["2026-07"] && trend["2026-09"] > trend["2026-10"]);
        // The book grows: this year's first eleven months above last year's.
        Assert.True(trend.Where(m => m.Key.StartsWith("2026", StringComparison.Ordinal)).Sum(m => m.Value)
            > trend.Where(m => m.Key.StartsWith("2025", StringComparison.Ordinal) && m.Key != "2025-12").Sum(m => m.Value));
    }
}
