using System.Globalization;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using OpenQA.Selenium;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// The revenue charts: the company's revenue by month and the selected account's revenue history (beside its
/// organisation chart), one point per month the API returns, each chart with a text alternative and a table of its
/// figures; partners see neither and no error in their place.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class RevenueChartTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Browser => fixture.Browser;
    private GraphQLClient Api => fixture.Director;

    // A gap (2025-11 … 2026-08 not recorded) and three recorded months; recording a month again only corrects it.
    private static readonly (string Month, decimal Revenue, decimal ItRevenue)[] Months =
        [("2025-10", 410_000m, 41_000m), ("2026-09", 520_000m, 50_000m), ("2026-10", 530_000m, 60_000m)];

    /// <summary>Records <see cref="Months"/> on the account.</summary>
    private async Task RecordMonthsAsync(string accountId)
    {
        foreach (var (month, revenue, itRevenue) in Months)
            Assert.Empty(ErrorTypes(await Api.MutateAsync("recordRevenue", "revenueRecord { month }",
                new { accountId, month, revenue, itRevenue })));
    }

    /// <summary>Chooses an account in the org chart's picker, as a user would (an option's click fires change).</summary>
    private void Pick(string accountId) =>
        Browser.FindElement(By.CssSelector($"#org-account option[value='{accountId}']")).Click();

    private string ShownAccount() =>
        Browser.FindElement(By.CssSelector("#account-revenue [data-account]")).GetDomAttribute("data-account")!;

    /// <summary>The points of one series of a chart, as (month, value).</summary>
    private List<(string?, decimal)> Points(string chart, string series) =>
        [.. Browser.FindElements(By.CssSelector($"[data-chart='{chart}'] g[data-series='{series}'] .point"))
            .Select(p => (p.GetDomAttribute("data-month"), decimal.Parse(p.GetDomAttribute("data-value")!, CultureInfo.InvariantCulture)))];

    private static List<(string?, decimal)> Expected(JsonElement months, string field) =>
        [.. months.EnumerateArray().Select(m => (m.GetProperty("month").GetString(), m.GetProperty(field).GetDecimal()))];

    [BrowserFact]
    public async Task The_company_trend_draws_one_point_per_month_with_a_text_alternative()
    {
        var first = await Api.DataAsync("{ accounts(first: 1) { nodes { id } } }");
        await RecordMonthsAsync(first.At("accounts.nodes")[0].GetProperty("id").GetString()!);
        fixture.SignIn("director@demo.graphkam");
        var trend = (await Api.DataAsync("{ revenueTrend { month revenue itRevenue } }")).At("revenueTrend");
        Assert.True(trend.GetArrayLength() >= Months.Length, trend.ToString());
        fixture.Wait().Until(_ => Points("revenue-trend", "revenue").Count == trend.GetArrayLength());
        Assert.Equal(Expected(trend, "revenue"), Points("revenue-trend", "revenue"));
        Assert.Equal(Expected(trend, "itRevenue"), Points("revenue-trend", "itRevenue"));

        var chart = Browser.FindElement(By.CssSelector("[data-chart='revenue-trend'] .chart"));
        Assert.Equal("img", chart.GetDomAttribute("role"));
        var label = chart.GetDomAttribute("aria-label")!;
        var from = trend[0].GetProperty("month").GetString()!;
        var last = trend[trend.GetArrayLength() - 1].GetProperty("month").GetString()!;
        Assert.Contains($"from {from} to {last}", label, StringComparison.Ordinal);
        Assert.Contains("Revenue", label, StringComparison.Ordinal);
        // The table under "Figures by month" has every month between the first and the last, the gaps marked "–".
        var rows = Browser.FindElements(By.CssSelector("[data-chart='revenue-trend'] table tr[data-month]"));
        var monthsShown = rows.Select(r => r.GetDomAttribute("data-month")).ToList();
        Assert.Equal(from, monthsShown[0]);
        Assert.Equal(last, monthsShown[^1]);
        Assert.Equal(trend.EnumerateArray().Select(m => m.GetProperty("month").GetString()),
            rows.Where(r => r.FindElements(By.TagName("td"))[0].GetDomProperty("textContent") != "–")
                .Select(r => r.GetDomAttribute("data-month")));
        // The disclosure opens from the keyboard.
        var summary = Browser.FindElement(By.CssSelector("[data-chart='revenue-trend'] summary"));
        summary.SendKeys(Keys.Enter);
        fixture.Wait().Until(_ => Browser.FindElement(By.CssSelector("[data-chart='revenue-trend'] table")).Displayed);
        Assert.Empty(Browser.FindElements(By.CssSelector("#revenue-trend .error, #account-revenue .error")));
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task The_account_view_shows_the_accounts_revenue_history()
    {
        fixture.SignIn("director@demo.graphkam");
        // Months recorded while the page is open: choosing another account and this one again shows them.
        var choices = Browser.FindElements(By.CssSelector("#org-account option")).Select(o => o.GetDomProperty("value")!).ToList();
        var (id, other) = (choices[0], choices[1]);
        fixture.Wait().Until(_ => ShownAccount() == id);
        await RecordMonthsAsync(id);
        Pick(other);
        fixture.Wait().Until(_ => ShownAccount() == other);
        var otherHistory = (await Api.DataAsync("query($id: ID!) { account(id: $id) { revenueHistory { month } } }",
            new { id = other })).At("account.revenueHistory");
        Assert.Equal(otherHistory.GetArrayLength(), Points("account-revenue", "revenue").Count);
        Pick(id);
        fixture.Wait().Until(_ => ShownAccount() == id);
        var history = (await Api.DataAsync("""
            query($id: ID!) { account(id: $id) { revenueHistory { month revenue itRevenue } } }
            """, new { id })).At("account.revenueHistory");
        // The demo book has two years of history; the months recorded replace theirs.
        var shown = Expected(history, "revenue").Select(m => (m.Item1!, m.Item2)).ToList();
        foreach (var (month, revenue, _) in Months) Assert.Contains((month, revenue), shown);
        fixture.Wait().Until(_ => Points("account-revenue", "revenue").Count == history.GetArrayLength());
        Assert.Equal(Expected(history, "revenue"), Points("account-revenue", "revenue"));
        Assert.Equal(Expected(history, "itRevenue"), Points("account-revenue", "itRevenue"));
        var label = Browser.FindElement(By.CssSelector("[data-chart='account-revenue'] .chart")).GetDomAttribute("aria-label")!;
        // Two lines of 24 months: the text alternative names each line's first, last, lowest and highest points.
        Assert.Contains($"from {shown[0].Item1} to {shown[^1].Item1}", label, StringComparison.Ordinal);

        Assert.Empty(Browser.FindElements(By.CssSelector("#account-revenue .error")));
    }

    [BrowserFact]
    public void A_partner_sees_no_revenue_or_kpi_chart_and_no_error()
    {
        fixture.SignIn("partner1@demo.graphkam");
        fixture.Wait().Until(_ => Browser.FindElements(By.CssSelector("#service h2")).Count == 1);
        foreach (var id in new[] { "revenue-trend", "account-revenue", "kpi-history" })
        {
            Assert.False(Browser.FindElement(By.Id(id)).Displayed, id);
            Assert.Equal("", Browser.FindElement(By.Id(id)).GetDomProperty("innerHTML"));
        }
        Assert.Empty(Browser.FindElements(By.CssSelector(".trend, .trend-chart")));
        Assert.Equal([], Browser.FindElements(By.CssSelector(".error:not(:empty)"))
            .Select(e => $"{e.FindElement(By.XPath("ancestor::section[1]")).GetDomAttribute("id")}: {e.GetDomProperty("textContent")}"));
        fixture.AssertNoCspViolations();
    }

    /// <summary>
    /// The KPI panel drawn from snapshots of the API's shape (kpiHistory and tierMigration): four charts, one line per
    /// tier, and the migration matrix with the stayed accounts on its diagonal. Rendered in the page from data, as the
    /// panel's queries are answered only once the KPI snapshot area is on the server.
    /// </summary>
    [BrowserFact]
    public void The_kpi_panel_draws_its_charts_and_the_migration_matrix()
    {
        fixture.SignIn("director@demo.graphkam");
        var drawn = ((IJavaScriptExecutor)Browser).ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            const snapshot = (month, a1, b1, share) => ({ month, keyAccounts: a1 + b1, keyAccountRevenueShare: share,
              satisfaction: 4.2, forecastAttainment: 0.9, winRate: 0.3,
              tiers: [{ tierCode: 'A1', accounts: a1, revenue: 1000 }, { tierCode: 'B1', accounts: b1, revenue: 500 }] });
            const data = {
              snapshots: [snapshot('2026-09', 3, 5, 0.61), snapshot('2026-10', 4, 4, 0.64), snapshot('2026-11', 4, 5, 0.66)],
              migration: { tiers: ['A1', 'B1'], cells: [
                { fromTier: 'A1', toTier: 'A1', accounts: 3 }, { fromTier: 'B1', toTier: 'A1', accounts: 1 },
                { fromTier: 'B1', toTier: 'B1', accounts: 4 }, { fromTier: null, toTier: 'B1', accounts: 1 }] },
            };
            import('./js/trends.js').then(({ kpiHistory }) => {
              const root = document.createElement('section');
              root.id = 'kpi-test';
              document.getElementById('dashboard').append(root);
              kpiHistory.render(root, data);
              const charts = [...root.querySelectorAll('[data-chart]')].map((c) => c.dataset.chart);
              const tiers = [...root.querySelectorAll("[data-chart='kpi-tiers'] g[data-series]")]
                .map((g) => `${g.dataset.series}:${[...g.querySelectorAll('.point')].map((p) => p.dataset.value).join(',')}`);
              const cells = [...root.querySelectorAll('table.migration tbody tr')].map((tr) =>
                `${tr.dataset.from}>${[...tr.querySelectorAll('td')].map((td) => `${td.dataset.to}=${td.textContent}${td.classList.contains('stayed') ? '*' : ''}`).join(' ')}`);
              const named = root.querySelector("[data-chart='kpi-revenue-share'] .chart").getAttribute('aria-label');
              done([...charts, ...tiers, ...cells, named]);
            }, (error) => done([String(error)]));
            """);
        var lines = ((IReadOnlyCollection<object>)drawn!).Select(o => o.ToString()).ToList();
        Assert.Equal([
            "kpi-revenue-share", "kpi-tiers", "kpi-satisfaction", "kpi-attainment",
            "A1:3,4,4", "B1:5,4,5",
            "A1>A1=3* B1=0", "B1>A1=1 B1=4*", "none>A1=0 B1=1",
            "Key accounts’ share of company revenue, 3 months from 2026-09 to 2026-11. Revenue share: 2026-09 61.0%, 2026-10 64.0%, 2026-11 66.0%.",
        ], lines);
    }
}
