using System.Globalization;
using GraphKam.Tests.Infrastructure;
using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>The dashboard's service panel: the API's case counts, satisfaction and accounts at risk, live.</summary>
[Trait("Provider", "Independent")]
public sealed class ServicePanelTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Browser => fixture.Browser;
    private GraphQLClient Api => fixture.Director;

    private int Tile(string key) => int.Parse(
        Browser.FindElement(By.CssSelector($"#service [data-service='{key}'] .tile-value")).Text.Replace(",", ""),
        CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task The_panel_shows_the_apis_cases_satisfaction_and_accounts_at_risk()
    {
        fixture.SignIn("director@demo.graphkam");
        var api = await Api.DataAsync("""
            query($monthStart: DateTime!, $now: DateTime!) {
                onTime: serviceCases(
                    where: { status: { in: [OPEN, ACKNOWLEDGED, REOPENED] }, breached: { eq: false } }) {
                    totalCount
                }
                breached: serviceCases(
                    where: { status: { in: [OPEN, ACKNOWLEDGED, REOPENED] }, breached: { eq: true } }) {
                    totalCount
                }
                thisMonth: serviceCases(where: { breached: { eq: true }, resolveBy: { gte: $monthStart, lte: $now } }) {
                    totalCount
                }
                satisfactionOverview { months { responses } }
                atRiskAccounts(first: 10) { nodes { account { id } reasons { signal } } }
            }
            """, new { monthStart = MonthStart(), now = DateTime.UtcNow });
        Assert.Equal(api.At("onTime.totalCount").GetInt32(), Tile("open-on-time"));
        Assert.Equal(api.At("breached.totalCount").GetInt32(), Tile("open-breached"));
        Assert.Equal(api.At("thisMonth.totalCount").GetInt32(), Tile("breached-this-month"));

        var answered = api.At("satisfactionOverview.months").EnumerateArray()
            .Count(m => m.GetProperty("responses").GetInt32() > 0);
        Assert.True(answered > 0, "the demo data has surveys this year");
        Assert.Equal(answered, Browser.FindElements(By.CssSelector("#service .line-plot circle.point")).Count);
        var chart = Browser.FindElement(By.CssSelector("#service .line-chart"));
        Assert.Equal("img", chart.GetDomAttribute("role"));
        Assert.Contains("target", chart.GetDomAttribute("aria-label"), StringComparison.Ordinal);

        var atRisk = api.At("atRiskAccounts.nodes").EnumerateArray().ToList();
        var items = Browser.FindElements(By.CssSelector("#service ol.at-risk > li"));
        Assert.Equal(atRisk.Select(n => n.At("account.id").GetString()),
            items.Select(i => i.GetDomAttribute("data-account")));
        Assert.All(items.Zip(atRisk), pair => Assert.Equal(
            pair.Second.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("signal").GetString()),
            pair.First.FindElements(By.CssSelector("li[data-signal]")).Select(r => r.GetDomAttribute("data-signal"))));
        Assert.Empty(Browser.FindElements(By.CssSelector("#service .error")));
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task A_new_case_shows_in_the_open_cases_live()
    {
        fixture.SignIn("director@demo.graphkam");
        var before = Tile("open-on-time");
        var account = (await Api.DataAsync("{ accounts(first: 1) { nodes { id } } }"))
            .At("accounts.nodes")[0].GetProperty("id").GetString();
        var opened = await Api.MutateAsync("openServiceCase", "serviceCase { id }", new
        {
            accountId = account,
            kind = "REQUEST",
            severity = "LOW",
            channel = "EMAIL",
            subject = "Live panel",
        });
        Assert.Empty(GraphQLClient.ErrorTypes(opened));
        fixture.Wait(5).Until(_ => Tile("open-on-time") == before + 1);
    }

    [BrowserFact]
    public void A_partner_sees_the_case_counts_and_a_note_instead_of_staff_figures()
    {
        fixture.SignIn("partner1@demo.graphkam");
        fixture.Wait().Until(_ =>
            Browser.FindElements(By.CssSelector("#service [data-service='staff-only']")).Count == 1);
        Assert.Empty(Browser.FindElements(By.CssSelector("#service .error")));
        Assert.Empty(Browser.FindElements(By.CssSelector("#service .line-chart, #service ol.at-risk")));
        Assert.True(Tile("open-on-time") >= 0);
    }

    private static DateTime MonthStart() =>
        new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc);
}
