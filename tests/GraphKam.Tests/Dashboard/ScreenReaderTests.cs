using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// What a keyboard or screen-reader user meets beyond axe's rules: the skip link, sign-in errors tied to their
/// fields, a session that ends while in use, Chinese text spoken as Chinese, the org chart's hierarchy.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class ScreenReaderTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Browser => fixture.Browser;
    private IJavaScriptExecutor Js => (IJavaScriptExecutor)Browser;

    private string ActiveId() => (string)Js.ExecuteScript(
        "const a = document.activeElement; return `${a.localName}#${a.id}`;")!;

    private bool ActiveIsIn(string id) => Js.ExecuteScript(
        "return document.getElementById(arguments[0]).contains(document.activeElement);", id) is true;

    /// <summary>Follows the skip link (the page's first stop) with Enter, then Tabs once.</summary>
    private string SkipThenTab()
    {
        Js.ExecuteScript("document.querySelector('.skip').focus();");
        Browser.SwitchTo().ActiveElement().SendKeys(Keys.Enter);
        new Actions(Browser).SendKeys(Keys.Tab).Perform();
        return ActiveId();
    }

    [BrowserFact]
    public void The_skip_link_leads_past_the_header_signed_out_and_signed_in()
    {
        fixture.OpenSignedOut();
        Assert.Equal("input#email", SkipThenTab());
        // Shown on focus, the link is a target of at least 24 by 24 px (WCAG 2.5.8).
        Js.ExecuteScript("document.querySelector('.skip').focus();");
        var link = Browser.FindElement(By.CssSelector(".skip"));
        Assert.True(link.Size.Height >= 24 && link.Size.Width >= 24, $"skip link of {link.Size}");
        fixture.SignIn("director@demo.graphkam");
        SkipThenTab();
        Assert.True(ActiveIsIn("kpis") || ActiveIsIn("funnel") || ActiveIsIn("tiers"),
            $"after the skip link, Tab went to {ActiveId()}");
    }

    [BrowserFact]
    public void A_failed_sign_in_marks_both_fields_invalid_and_points_them_to_the_reason()
    {
        fixture.SubmitSignIn("director@demo.graphkam", "not the password");
        var error = Browser.FindElement(By.Id("sign-in-error"));
        fixture.Wait().Until(_ => error.Text.Length > 0);
        foreach (var id in new[] { "email", "password" })
        {
            var field = Browser.FindElement(By.Id(id));
            Assert.Equal("true", field.GetDomAttribute("aria-invalid"));
            Assert.Contains("sign-in-error", field.GetDomAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        }
    }

    [BrowserFact]
    public void The_portals_sign_in_fields_tell_password_managers_what_they_hold()
    {
        Browser.Navigate().GoToUrl(new Uri(fixture.BaseAddress, "embed.html"));
        Assert.Equal("username", Browser.FindElement(By.Id("portal-email")).GetDomAttribute("autocomplete"));
        Assert.Equal("current-password", Browser.FindElement(By.Id("portal-password")).GetDomAttribute("autocomplete"));
        Assert.Equal("portal-error", Browser.FindElement(By.Id("portal-password")).GetDomAttribute("aria-describedby"));
    }

    [BrowserFact]
    public void A_session_that_ends_while_in_use_is_told_on_the_sign_in_form()
    {
        fixture.SignIn("director@demo.graphkam");
        Browser.Manage().Cookies.DeleteAllCookies();
        // Under load the views may still be drawing: the pager is used once it is shown and takes keys (while a
        // page loads its buttons are disabled, and a disabled button is not interactable). A live update that
        // reloads a view meanwhile is also a use of the ended session: the sign-in form shown by it counts too.
        fixture.Wait(20).Until(d =>
        {
            if (d.FindElement(By.Id("sign-in")).Displayed) return true;
            var next = d.FindElements(By.CssSelector("#accounts nav button:last-child")).FirstOrDefault(b => b.Displayed && b.Enabled);
            if (next == null) return false;
            try { next.SendKeys(Keys.Enter); return true; }
            catch (ElementNotInteractableException) { return false; }
        });
        fixture.Wait().Until(d => d.FindElement(By.Id("sign-in")).Displayed);
        Assert.Contains("session has ended", Browser.FindElement(By.Id("sign-in-error")).Text,
            StringComparison.Ordinal);
        Assert.Equal("input#email", ActiveId());
    }

    [BrowserFact]
    public void A_session_that_ends_under_several_views_at_once_is_announced_once()
    {
        fixture.SignIn("director@demo.graphkam");
        // Counts each time the alert is filled (each fill is read out again by a screen reader).
        Js.ExecuteScript("""
            window.__alerts = 0;
            new MutationObserver((records) => { window.__alerts += records.filter((r) => r.addedNodes.length).length; })
              .observe(document.getElementById('sign-in-error'), { childList: true });
            """);
        Browser.Manage().Cookies.DeleteAllCookies();
        Js.ExecuteScript("""
            const change = (id) => {
              const select = document.getElementById(id);
              select.selectedIndex = select.options.length - 1 - select.selectedIndex;
              select.dispatchEvent(new Event('change'));
            };
            change('tier-policy');
            change('ranking-period');
            document.querySelector('#accounts nav button:last-child').click();
            """);
        fixture.Wait().Until(d => d.FindElement(By.Id("sign-in")).Displayed);
        Thread.Sleep(500); // the other views' answers arrive too
        Assert.Contains("session has ended", Browser.FindElement(By.Id("sign-in-error")).Text, StringComparison.Ordinal);
        Assert.Equal(1L, Js.ExecuteScript("return window.__alerts;"));
    }

    /// <summary>Every text node with Chinese characters must sit in an element whose language is Chinese.</summary>
    private const string ChineseOutsideZh = """
        const han = /\p{Script=Han}/u;
        const language = (n) => {
          for (let e = n.parentElement; e; e = e.parentElement ?? e.getRootNode().host) {
            if (e.hasAttribute('lang')) return e.getAttribute('lang');
          }
          return '';
        };
        const texts = (root) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const found = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n);
          return found;
        };
        const roots = [document.body, ...all().filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
        // An option holds plain text only: one that mixes Chinese and English stays in the page's language.
        const mixedOption = (n) => n.parentElement.localName === 'option' && /[A-Za-z]/.test(n.data);
        return roots.flatMap(texts)
          .filter((n) => han.test(n.data) && !mixedOption(n) && !/^zh/.test(language(n)))
          .slice(0, 10).map((n) => `${describe(n.parentElement)}: ${n.data.trim().slice(0, 30)}`);
        """;

    [BrowserFact]
    public void Chinese_names_are_marked_as_Chinese_on_the_dashboard_and_in_the_widgets()
    {
        fixture.SignIn("director@demo.graphkam");
        fixture.AssertNone("Chinese text in an English element", ChineseOutsideZh);
        fixture.SignInToPortal();
        fixture.AssertNone("Chinese text in an English element (portal)", ChineseOutsideZh);
    }

    [BrowserFact]
    public void The_org_chart_nests_each_person_under_their_manager()
    {
        fixture.SignIn("director@demo.graphkam");
        Assert.NotEmpty(Browser.FindElements(By.CssSelector("#org-chart li.person li.person")));
        fixture.AssertNone("the list nesting does not follow the org chart", """
            const people = [...document.querySelectorAll('#org-chart li.person')];
            const nesting = (li) => { let n = 0; for (let e = li.parentElement; e; e = e.parentElement) {
              if (e.matches('li.person')) n += 1; } return n; };
            return people.filter((li) => nesting(li) !== Number(li.dataset.depth ?? li.style.getPropertyValue('--depth')))
              .map((li) => `${li.dataset.contact} at nesting ${nesting(li)}`);
            """);
    }

    /// <summary>
    /// Live regions (status, alert, aria-live) are in the accessibility tree before they speak: one that appears
    /// together with its text, as the widgets' empty notice did (display: none), is often not announced.
    /// </summary>
    [BrowserFact]
    public void Every_live_region_is_rendered_before_it_speaks_on_the_dashboard_and_in_the_widgets()
    {
        const string Hidden = """
            return all().filter((e) => e.matches('[role=status], [role=alert], [aria-live]') && !e.closest('[hidden]'))
              .filter((e) => getComputedStyle(e).display === 'none').map(describe);
            """;
        fixture.SignIn("director@demo.graphkam");
        fixture.AssertNone("a live region is display: none", Hidden);
        fixture.SignInToPortal();
        fixture.AssertNone("a live region is display: none (portal)", Hidden);
    }

    /// <summary>In forced colours (a dark high-contrast theme) bars and unavailable buttons follow the theme.</summary>
    [BrowserFact]
    public void In_forced_colours_the_bars_and_an_unavailable_pager_button_follow_the_users_theme()
    {
        fixture.SignIn("director@demo.graphkam");
        var chrome = (OpenQA.Selenium.Chrome.ChromeDriver)Browser;
        var features = new[]
        {
            new Dictionary<string, object> { ["name"] = "forced-colors", ["value"] = "active" },
            new Dictionary<string, object> { ["name"] = "prefers-color-scheme", ["value"] = "dark" },
        };
        chrome.ExecuteCdpCommand("Emulation.setEmulatedMedia", new() { ["features"] = features });
        try
        {
            fixture.AssertNone("forced colours", """
                const style = (selector) => getComputedStyle(document.querySelector(selector));
                const text = style('#tiers').color;
                const problems = [];
                if (style('#tiers .bar-track .fill').fill !== text) problems.push(`bar ${style('#tiers .fill').fill}`);
                const [previous, next] = [...document.querySelectorAll('#accounts nav button')].map(getComputedStyle);
                if (previous.color === next.color) problems.push(`Previous and Next alike (${next.color})`);
                return problems;
                """);
        }
        finally
        {
            chrome.ExecuteCdpCommand("Emulation.setEmulatedMedia", new() { ["features"] = Array.Empty<object>() });
        }
    }

    /// <summary>
    /// The connection badge (a polite live region) says once that the live connection is lost and once that it is
    /// back, however often the socket retries meanwhile; each retry used to be spoken as two changes.
    /// </summary>
    [BrowserFact]
    public void The_connection_badge_speaks_once_when_lost_and_once_when_back()
    {
        var chrome = (OpenQA.Selenium.Chrome.ChromeDriver)Browser;
        var recorder = chrome.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new()
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
            fixture.SignIn("director@demo.graphkam");
            var badge = Browser.FindElement(By.Id("connection"));
            fixture.Wait().Until(_ => badge.GetDomAttribute("data-status") == "online");
            Js.ExecuteScript("""
                window.spoken = [];
                const badge = document.getElementById('connection');
                new MutationObserver(() => window.spoken.push(badge.textContent))
                  .observe(badge, { childList: true, characterData: true, subtree: true });
                """);
            Offline(chrome, true);
            Js.ExecuteScript("window.sockets.at(-1).close(4000, 'network failure')");
            // Three attempts: the back-off waits 0.5 to 1, 1 to 2 and 2 to 4 seconds before them.
            fixture.Wait(20).Until(_ => Convert.ToInt64(Js.ExecuteScript("return window.sockets.length"), System.Globalization.CultureInfo.InvariantCulture) >= 4);
            Offline(chrome, false);
            fixture.Wait(30).Until(_ => badge.GetDomAttribute("data-status") == "online");
            var spoken = ((IReadOnlyCollection<object>)Js.ExecuteScript("return window.spoken")!).Cast<string>();
            Assert.Equal(["Offline, reconnecting…", "Live"], spoken);
        }
        finally
        {
            Offline(chrome, false);
            var identifier = ((Dictionary<string, object>)recorder!)["identifier"];
            chrome.ExecuteCdpCommand("Page.removeScriptToEvaluateOnNewDocument", new() { ["identifier"] = identifier });
        }
    }

    private static void Offline(OpenQA.Selenium.Chrome.ChromeDriver chrome, bool offline)
    {
        chrome.ExecuteCdpCommand("Network.enable", new());
        chrome.ExecuteCdpCommand("Network.emulateNetworkConditions", new()
        {
            ["offline"] = offline,
            ["latency"] = 0,
            ["downloadThroughput"] = -1,
            ["uploadThroughput"] = -1,
        });
    }
}
