using System.Globalization;
using GraphKam.Tests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Chromium;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// The widgets on a partner portal of another origin, as a real portal has them: they show the partner's data when
/// the origin is listed (under the portal's own strict CSP), and otherwise, as for an invalid token or a lost
/// connection, say in words inside the widget what is wrong and send a <c>graphkam-error</c> event to the portal.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class PortalOriginTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Unreachable = "GraphKam cannot be reached";
    private const string Lost = "The connection to GraphKam was lost";

    private static readonly string[] Widgets = BrowserFixture.Widgets;
    private BrowserFixture Server => fixture.Server;
    private IWebDriver Browser => Server.Browser;
    private IJavaScriptExecutor Js => (IJavaScriptExecutor)Browser;

    /// <summary>Opens the portal page on an origin and records the widgets' events as "tag reason origin".</summary>
    private void Open(Uri origin)
    {
        Browser.Navigate().GoToUrl(new Uri(origin, "portal.html"));
        Server.Wait().Until(_ => Shows("graphkam-funnel", "Sign in to see GraphKam data"));
        Js.ExecuteScript("""
            window.graphKamEvents = [];
            document.addEventListener('graphkam-error',
              (e) => graphKamEvents.push(`${e.target.localName} ${e.detail.reason} ${e.detail.origin}`));
            """);
    }

    /// <summary>The first partner's access token (as the portal's server would get it) and first account.</summary>
    private async Task<(string Token, string Account)> PartnerAsync()
    {
        var partner = await Server.Factory.Logins.SignInAsync("partner1@demo.graphkam");
        var accounts = await partner.DataAsync("""
            { accounts(first: 1, order: [{ monthlyRevenue: DESC }]) { nodes { id } } }
            """);
        var account = accounts.At("accounts.nodes")[0].GetProperty("id").GetString()!;
        return (partner.Http.DefaultRequestHeaders.Authorization!.Parameter!, account);
    }

    /// <summary>Gives every widget the token, as a portal does once its user has signed in.</summary>
    private void GiveToken(string token, string account) => Js.ExecuteScript("""
        document.querySelector('graphkam-org-chart').setAttribute('account-id', arguments[1]);
        for (const widget of document.querySelectorAll('main > *')) widget.setAttribute('token', arguments[0]);
        """, token, account);

    private ISearchContext Widget(string widget) => Browser.FindElement(By.TagName(widget)).GetShadowRoot();

    private bool Shows(string widget, string text) =>
        Widget(widget).FindElement(By.CssSelector("section")).Text.Contains(text, StringComparison.Ordinal);

    private List<string> Events() =>
        ((IReadOnlyCollection<object>)Js.ExecuteScript("return graphKamEvents")!).Cast<string>().ToList();

    private static string Origin(Uri uri) => PortalHost.Origin(uri);

    [BrowserFact]
    public async Task On_a_listed_origin_the_widgets_show_the_partners_data_under_the_portals_strict_policy()
    {
        Open(fixture.Listed);
        var (token, account) = await PartnerAsync();
        GiveToken(token, account);
        Server.WidgetsReady();
        var partner = await Server.Factory.Logins.SignInAsync("partner1@demo.graphkam");
        var funnel = (await partner.DataAsync("{ funnel { count } }")).GetProperty("funnel").EnumerateArray()
            .Select(s => s.GetProperty("count").GetInt32().ToString("N0", CultureInfo.InvariantCulture));
        var shown = Widget("graphkam-funnel").FindElements(By.CssSelector("td[data-field=count]")).Select(c => c.Text);
        Assert.Equal(funnel, shown);
        Assert.Empty(Events());
        Server.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task On_an_unlisted_origin_each_widget_says_which_origin_to_add_to_the_allow_list()
    {
        Open(fixture.Unlisted);
        var (token, account) = await PartnerAsync();
        GiveToken(token, account);
        var origin = Origin(fixture.Unlisted);
        var expected = "This site is not allowed to show GraphKam data: ask your GraphKam administrator to add "
            + $"{origin} to GraphKam:Cors:Origins.";
        foreach (var widget in Widgets) Server.Wait().Until(_ => Shows(widget, expected));
        Assert.Equal(Widgets.Select(w => $"{w} origin-not-allowed {origin}").Order(), Events().Order());
        Server.AssertNoCspViolations();
        var violations = Axe.SeriousViolations(Browser);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [BrowserFact]
    public async Task An_invalid_token_is_told_in_words_and_as_an_event_and_a_new_one_mends_it()
    {
        Open(fixture.Listed);
        var (token, account) = await PartnerAsync();
        GiveToken("not-a-valid-token", account);
        const string told = "The GraphKam access token of this widget has expired or is not valid";
        foreach (var widget in Widgets) Server.Wait().Until(_ => Shows(widget, told));
        Assert.Equal(Widgets.Select(w => $"{w} unauthorized {Origin(fixture.Listed)}").Order(), Events().Order());

        GiveToken(token, account);
        Server.WidgetsReady();
        Assert.False(Shows("graphkam-accounts", told));
    }

    [BrowserFact]
    public async Task A_lost_connection_is_told_in_words_and_as_an_event_and_mends_when_it_is_back()
    {
        var chrome = (ChromiumDriver)Browser;
        // Every WebSocket the page opens is remembered, so the test can cut one as a network failure would.
        var recorder = chrome.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?>
        {
            ["source"] = """
                window.sockets = [];
                const Native = window.WebSocket;
                window.WebSocket = class extends Native {
                  constructor(...a) { super(...a); window.sockets.push(this); }
                };
                """,
        });
        try
        {
            Open(fixture.Listed);
            var (token, account) = await PartnerAsync();
            GiveToken(token, account);
            Server.WidgetsReady();
            const string status = "return document.querySelector('graphkam-funnel').client.status";
            Server.Wait().Until(_ => Js.ExecuteScript(status) as string == "online");

            Offline(chrome, true);
            Js.ExecuteScript("window.sockets.at(-1).close(4000, 'network failure')");
            Server.Wait().Until(_ => Shows("graphkam-funnel", Lost));
            Widget("graphkam-accounts").FindElement(By.Id("account-search")).SendKeys(Keys.Enter);
            Server.Wait().Until(_ => Shows("graphkam-accounts", Unreachable));
            var origin = Origin(fixture.Listed);
            // Once each, however often the live widget retries meanwhile.
            Assert.Equal([$"graphkam-funnel connection-lost {origin}", $"graphkam-accounts unreachable {origin}"],
                Events());

            Offline(chrome, false);
            Server.Wait(20).Until(_ => !Shows("graphkam-funnel", Lost));
            Widget("graphkam-accounts").FindElement(By.CssSelector("button[data-focus-key=retry]")).Click();
            Server.WidgetsReady("graphkam-accounts");
            Assert.False(Shows("graphkam-accounts", Unreachable));
        }
        finally
        {
            Offline(chrome, false);
            var identifier = ((Dictionary<string, object?>)recorder!)["identifier"];
            chrome.ExecuteCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                new Dictionary<string, object?> { ["identifier"] = identifier });
        }
    }

    private static void Offline(ChromiumDriver chrome, bool offline)
    {
        chrome.ExecuteCdpCommand("Network.enable", new Dictionary<string, object?>());
        chrome.ExecuteCdpCommand("Network.emulateNetworkConditions", new Dictionary<string, object?>
        {
            ["offline"] = offline,
            ["latency"] = 0,
            ["downloadThroughput"] = -1,
            ["uploadThroughput"] = -1,
        });
    }
}
