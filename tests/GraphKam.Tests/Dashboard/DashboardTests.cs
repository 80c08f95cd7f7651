using System.Globalization;
using GraphKam.Tests.Infrastructure;
using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>The dashboard in a real browser over the demo data: each view against the API's own answers.</summary>
[Trait("Provider", "Independent")]
public sealed class DashboardTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Browser => fixture.Browser;
    private GraphQLClient Api => fixture.Director;

    private static int Number(string text) => int.Parse(text.Replace(",", ""), CultureInfo.InvariantCulture);

    private string Kpi(string key) => Browser.FindElement(By.CssSelector($"[data-kpi='{key}'] .tile-value")).Text;

    private List<int> FunnelCounts() => Browser.FindElements(By.CssSelector("#funnel tbody tr td[data-field=count]")).Select(c => Number(c.Text)).ToList();

    /// <summary>Creates a deal through the API; the open dashboard's funnel must count it within 2 seconds.</summary>
    private async Task A_new_deal_shows_in_the_funnel_within_two_seconds(string name)
    {
        var before = FunnelCounts();
        var account = (await Api.DataAsync("{ accounts(first: 1) { nodes { id } } }")).At("accounts.nodes")[0].GetProperty("id").GetString();
        await Api.MutateAsync("createOpportunity", "opportunity { id }", new { accountId = account, name, amount = 12_000m });
        fixture.Wait(2).Until(_ => FunnelCounts()[0] == before[0] + 1);
    }

    [BrowserFact]
    public async Task Signed_in_the_director_sees_the_key_figures_funnel_and_tiers_of_the_demo_data()
    {
        fixture.SignIn("director@demo.graphkam");
        Assert.Contains("director@demo.graphkam", Browser.FindElement(By.Id("who")).Text);
        var api = await Api.DataAsync("""
            { accounts { totalCount } serviceExceptions(where: { kind: { eq: VISIT_OVERDUE } }) { totalCount }
              channelConflicts(where: { status: { eq: OPEN } }) { totalCount }
              funnel { count } tierDistribution { tier { code } accountCount } }
            """);
        Assert.Equal(api.At("accounts.totalCount").GetInt32(), Number(Kpi("key-accounts")));
        Assert.Equal(api.At("serviceExceptions.totalCount").GetInt32(), Number(Kpi("overdue")));
        Assert.Equal(api.At("channelConflicts.totalCount").GetInt32(), Number(Kpi("conflicts")));
        Assert.EndsWith("%", Kpi("top-share"));
        Assert.StartsWith("¥", Kpi("weighted-pipeline"));

        Assert.Equal(api.GetProperty("funnel").EnumerateArray().Select(s => s.GetProperty("count").GetInt32()), FunnelCounts());
        var bars = Browser.FindElements(By.CssSelector("#tiers .bar"))
            .Select(b => int.Parse(b.GetDomAttribute("data-value")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(api.GetProperty("tierDistribution").EnumerateArray().Select(t => t.GetProperty("accountCount").GetInt32()), bars);

        Browser.Manage().Window.Size = new System.Drawing.Size(1280, 2400);
        ((ITakesScreenshot)Browser).GetScreenshot().SaveAsFile(BrowserFixture.ArtefactPath("dashboard.png"));
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task The_accounts_table_filters_sorts_and_pages_through_the_api()
    {
        fixture.SignIn("director@demo.graphkam");
        string[] Names() => Browser.FindElements(By.CssSelector("#accounts tbody th.name")).Select(e => e.Text).ToArray();
        var first = await Api.DataAsync("""
            {
                accounts(first: 10, order: [{ monthlyRevenue: DESC }]) {
                    nodes {
                        name
                    }
                    pageInfo {
                        endCursor
                    }
                }
            }
            """);
        Assert.Equal(first.At("accounts.nodes").Strings("name"), Names());
        Assert.Contains(Names(), n => n.Any(c => c >= '\u4e00' && c <= '\u9fff')); // Chinese names drawn as themselves

        Browser.FindElement(By.CssSelector("#accounts nav button:last-child")).Click();
        var second = await Api.DataAsync("""
            query($after: String) {
                accounts(first: 10, after: $after, order: [{ monthlyRevenue: DESC }]) {
                    nodes {
                        name
                    }
                }
            }
            """,
            new { after = first.At("accounts.pageInfo.endCursor").GetString() });
        fixture.Wait().Until(_ => Names().SequenceEqual(second.At("accounts.nodes").Strings("name")));

        var search = Browser.FindElement(By.Id("account-search"));
        search.Clear();
        search.SendKeys("银行" + Keys.Enter);
        var banks = await Api.DataAsync("{ accounts(first: 10, where: { name: { contains: \"银行\" } }, order: [{ monthlyRevenue: DESC }]) { totalCount nodes { name } } }");
        fixture.Wait().Until(_ => Names().SequenceEqual(banks.At("accounts.nodes").Strings("name")));
        Assert.StartsWith($"{banks.At("accounts.totalCount").GetInt32()} accounts", Browser.FindElement(By.CssSelector("#accounts caption")).Text);

        Browser.FindElement(By.CssSelector("#account-sort option[value='Name, A to Z']")).Click();
        var byName = await Api.DataAsync("{ accounts(first: 10, where: { name: { contains: \"银行\" } }, order: [{ name: ASC }]) { nodes { name } } }");
        fixture.Wait().Until(_ => Names().SequenceEqual(byName.At("accounts.nodes").Strings("name")));
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task The_org_chart_ranking_and_feed_show_the_api_data()
    {
        fixture.SignIn("director@demo.graphkam");
        var accountId = Browser.FindElement(By.Id("org-account")).GetDomProperty("value");
        var chart = await Api.DataAsync("""
            query($id: ID!) {
                account(id: $id) {
                    orgChart {
                        contact {
                            id attitude
                        }
                    }
                    roleCoverage {
                        risk
                    }
                }
            }
            """, new { id = accountId });
        var people = Browser.FindElements(By.CssSelector("#org-chart li.person"));
        Assert.Equal(chart.At("account.orgChart").EnumerateArray().Select(e => e.At("contact.id").GetString()), people.Select(p => p.GetDomAttribute("data-contact")));
        Assert.Equal(chart.At("account.roleCoverage.risk").GetString(), Browser.FindElement(By.CssSelector("#org-chart [data-risk]")).GetDomAttribute("data-risk"));
        Assert.Equal(chart.At("account.orgChart").EnumerateArray().Count(e => e.At("contact.attitude").GetString() == "OPPONENT"),
            Browser.FindElements(By.CssSelector("#org-chart li.person.opposed")).Count);
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#org-chart .badge.role")));

        var period = Browser.FindElement(By.CssSelector("#ranking caption")).Text.Split(' ').Last();
        var ranking = await Api.DataAsync("""
            query($p: String!) {
                distributorRanking(period: $p, first: 10) {
                    nodes {
                        distributor {
                            id
                        }
                    }
                }
            }
            """, new { p = period });
        Assert.NotEmpty(ranking.At("distributorRanking.nodes").EnumerateArray());
        Assert.Equal(ranking.At("distributorRanking.nodes").EnumerateArray().Select(n => n.At("distributor.id").GetString()),
            Browser.FindElements(By.CssSelector("#ranking tbody tr")).Select(r => r.GetDomAttribute("data-distributor")));

        var feed = await Api.DataAsync("{ activities(first: 12, order: [{ occurredAt: DESC }]) { nodes { id } } }");
        Assert.Equal(feed.At("activities.nodes").Strings("id"), Browser.FindElements(By.CssSelector("#feed li")).Select(l => l.GetDomAttribute("data-activity")!).ToList());
        fixture.AssertNoCspViolations(); // the org chart indents people by a custom property, set without inline style
    }

    [BrowserFact]
    public async Task A_change_made_through_the_api_reaches_the_open_dashboard_within_two_seconds()
    {
        fixture.SignIn("director@demo.graphkam");
        fixture.Wait().Until(d => d.FindElement(By.Id("connection")).GetDomAttribute("data-status") == "online");
        Assert.Equal("Live", Browser.FindElement(By.Id("connection")).Text);
        await A_new_deal_shows_in_the_funnel_within_two_seconds("实时 live deal");
    }

    [BrowserFact]
    public async Task After_the_connection_drops_the_dashboard_reconnects_and_is_live_again()
    {
        // Every WebSocket the page opens is remembered, so the test can cut one as a network failure would.
        var chrome = (OpenQA.Selenium.Chromium.ChromiumDriver)Browser;
        var recorder = chrome.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?>
        {
            ["source"] = "window.__sockets = []; const Native = window.WebSocket; window.WebSocket = class extends Native { constructor(...a) { super(...a); window.__sockets.push(this); } };",
        });
        try
        {
            fixture.SignIn("director@demo.graphkam");
            string Status() => Browser.FindElement(By.Id("connection")).GetDomAttribute("data-status")!;
            fixture.Wait().Until(_ => Status() == "online");
            ((IJavaScriptExecutor)Browser).ExecuteScript("window.__sockets.at(-1).close(4000, 'network failure')");
            fixture.Wait().Until(_ => Status() != "online");
            fixture.Wait(15).Until(_ => Status() == "online");
            Assert.Equal(2L, ((IJavaScriptExecutor)Browser).ExecuteScript("return window.__sockets.length"));
        }
        finally
        {
            chrome.ExecuteCdpCommand("Page.removeScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["identifier"] = ((Dictionary<string, object?>)recorder!)["identifier"] });
        }

        await A_new_deal_shows_in_the_funnel_within_two_seconds("after the reconnect");
    }

    [BrowserFact]
    public async Task User_supplied_text_is_shown_as_text_never_as_markup()
    {
        const string hostile = "<img src=x onerror=alert(1)>";
        await Api.MutateAsync("createAccount", "account { id }", new { name = hostile, industry = "OTHER", region = "Beijing" });
        fixture.SignIn("director@demo.graphkam");
        var search = Browser.FindElement(By.Id("account-search"));
        search.SendKeys("onerror" + Keys.Enter);
        fixture.Wait().Until(d => d.FindElements(By.CssSelector("#accounts tbody th.name")).Any(e => e.Text == hostile));
        Assert.Empty(Browser.FindElements(By.CssSelector("img")));
        Assert.Throws<NoAlertPresentException>(() => Browser.SwitchTo().Alert());
    }

    [BrowserFact]
    public void The_page_is_labelled_and_fits_a_phone()
    {
        fixture.SignIn("am1@demo.graphkam");
        var js = (IJavaScriptExecutor)Browser;
        var unlabelled = js.ExecuteScript("return [...document.querySelectorAll('input, select')].filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.id).join(',')");
        Assert.Equal("", unlabelled);
        Browser.Manage().Window.Size = new System.Drawing.Size(375, 800);
        var overflowing = js.ExecuteScript("""
            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll'))
              .map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(' ')
            """);
        Assert.True((bool)js.ExecuteScript("return document.documentElement.scrollWidth <= window.innerWidth + 1")!, $"the page scrolls sideways at 375 px: {overflowing}");
        Browser.Manage().Window.Size = new System.Drawing.Size(1280, 2000);
        // Keyboard: the sign-out button is reachable and works.
        Browser.FindElement(By.Id("sign-out")).SendKeys(Keys.Enter);
        fixture.Wait().Until(d => d.FindElement(By.Id("sign-in")).Displayed);
    }

    [BrowserFact]
    public void A_wrong_password_is_told_in_words()
    {
        fixture.SubmitSignIn("am2@demo.graphkam", "not the password");
        fixture.Wait().Until(d => d.FindElement(By.Id("sign-in-error")).Text.Contains("Wrong e-mail or password"));
    }
}
