using System.Globalization;
using GraphKam.Tests.Infrastructure;
using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>The partner-portal page with the custom elements: a partner's token shows that partner's data only.</summary>
[Trait("Provider", "Independent")]
public sealed class EmbedTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_portal_widgets_show_only_the_partners_data()
    {
        var browser = fixture.Browser;
        browser.Navigate().GoToUrl(new Uri(fixture.BaseAddress, "embed.html"));
        var funnel = browser.FindElement(By.TagName("graphkam-funnel"));
        Assert.Contains("Sign in", funnel.GetShadowRoot().FindElement(By.CssSelector("section")).Text);

        browser.FindElement(By.Id("portal-password")).SendKeys(TestLogins.DemoPassword);
        browser.FindElement(By.CssSelector("#portal-sign-in button")).Click();
        foreach (var widget in new[] { "graphkam-funnel", "graphkam-scorecard", "graphkam-accounts", "graphkam-org-chart" })
            fixture.Wait(20).Until(d => d.FindElement(By.TagName(widget)).GetDomAttribute("data-ready") == "true");

        var scorecard = browser.FindElement(By.TagName("graphkam-scorecard")).GetShadowRoot();
        var period = scorecard.FindElement(By.CssSelector("caption")).Text.Split(' ').Last();
        var lastQuarter = DateTime.UtcNow.AddMonths(-3);
        Assert.Equal($"{lastQuarter.Year}-Q{(lastQuarter.Month - 1) / 3 + 1}", period); // by default, the last quarter that has ended
        var partner = await fixture.Factory.Logins.SignInAsync("partner1@demo.graphkam");
        var own = await partner.DataAsync("""
            query($p: String!) {
                funnel {
                    count
                }
                accounts {
                    totalCount
                }
                distributorRanking(period: $p) {
                    nodes {
                        distributor {
                            id
                        }
                    }
                }
            }
            """, new { p = period });
        var all = await fixture.Director.DataAsync("{ funnel { count } }");
        var shown = funnel.GetShadowRoot().FindElements(By.CssSelector("td[data-field=count]")).Select(c => int.Parse(c.Text.Replace(",", ""), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(own.GetProperty("funnel").EnumerateArray().Select(s => s.GetProperty("count").GetInt32()), shown);
        Assert.NotEqual(all.GetProperty("funnel").EnumerateArray().Select(s => s.GetProperty("count").GetInt32()), shown); // the control

        var accounts = browser.FindElement(By.TagName("graphkam-accounts")).GetShadowRoot();
        Assert.StartsWith($"{own.At("accounts.totalCount").GetInt32()} accounts", accounts.FindElement(By.CssSelector("caption")).Text);
        var scorecards = scorecard.FindElements(By.CssSelector("tbody tr[data-distributor]"));
        Assert.Equal(own.At("distributorRanking.nodes").EnumerateArray().Select(n => n.At("distributor.id").GetString()), scorecards.Select(r => r.GetDomAttribute("data-distributor")));
        Assert.Single(scorecards);
        Assert.NotEmpty(browser.FindElement(By.TagName("graphkam-org-chart")).GetShadowRoot().FindElements(By.CssSelector("li.person")));
        ((ITakesScreenshot)browser).GetScreenshot().SaveAsFile(BrowserFixture.ArtefactPath("embed.png"));
        fixture.AssertNoCspViolations(); // embed.html's own policy: its sign-in script and styles are files
    }
}
