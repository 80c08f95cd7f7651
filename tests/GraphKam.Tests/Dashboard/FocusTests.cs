using System.Globalization;
using GraphKam.Tests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// The keyboard: after paging, searching, sorting or a live update focus stays on the control the user used (a view
/// is drawn anew each time), and every element Tab reaches shows a focus ring of at least 3:1 against its surroundings.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class FocusTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Browser => fixture.Browser;
    private IJavaScriptExecutor Js => (IJavaScriptExecutor)Browser;

    /// <summary>The focused element (inside a widget's shadow root too): its section, tag and id or text.</summary>
    private string Focused() => (string)Js.ExecuteScript("""
        let a = document.activeElement;
        while (a.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return `${a.closest('section')?.id ?? ''} ${a.localName} ${a.id || a.textContent.trim()}`;
        """)!;

    private string[] Names() =>
        Browser.FindElements(By.CssSelector("#accounts tbody th.name")).Select(e => e.Text).ToArray();

    private async Task<string[]> BanksAsync(string order)
    {
        var banks = await fixture.Director.DataAsync($$"""
            { accounts(first: 10, where: { name: { contains: "银行" } }, order: [{ {{order}} }]) { nodes { name } } }
            """);
        return [.. banks.At("accounts.nodes").Strings("name")];
    }

    [BrowserFact]
    public async Task After_paging_searching_and_sorting_focus_stays_on_the_control_used()
    {
        fixture.SignIn("director@demo.graphkam");
        var first = Names();
        Browser.FindElement(By.CssSelector("#accounts nav button:last-child")).SendKeys(Keys.Enter);
        fixture.Wait().Until(_ => Names().Length > 0 && !Names().SequenceEqual(first));
        Assert.Equal("accounts button Next ›", Focused());

        Browser.FindElement(By.Id("account-search")).SendKeys("银行" + Keys.Enter);
        var byRevenue = await BanksAsync("monthlyRevenue: DESC");
        fixture.Wait().Until(_ => Names().SequenceEqual(byRevenue));
        Assert.Equal("accounts input account-search", Focused());
        Assert.Equal("银行", Browser.FindElement(By.Id("account-search")).GetDomProperty("value"));

        Browser.FindElement(By.Id("account-sort")).SendKeys(Keys.ArrowDown); // "Name, A to Z"
        var byName = await BanksAsync("name: ASC");
        fixture.Wait().Until(_ => Names().SequenceEqual(byName));
        Assert.Equal("accounts select account-sort", Focused());
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task A_live_update_leaves_focus_on_the_table_the_user_is_in()
    {
        fixture.SignIn("director@demo.graphkam");
        fixture.Wait().Until(d => d.FindElement(By.Id("connection")).GetDomAttribute("data-status") == "online");
        fixture.Resize(375);
        // On a phone the funnel's table scrolls sideways: a keyboard user focuses it to read it.
        var table = Browser.FindElement(By.CssSelector("#funnel .scroll"));
        Assert.Equal("0", table.GetDomAttribute("tabindex"));
        Js.ExecuteScript("arguments[0].focus(); arguments[0].scrollLeft = 40;", table);
        string Count() => Browser.FindElement(By.CssSelector("#funnel td[data-field=count]")).Text;
        var before = Count();

        var accounts = await fixture.Director.DataAsync("{ accounts(first: 1) { nodes { id } } }");
        var account = accounts.At("accounts.nodes")[0].GetProperty("id").GetString();
        await fixture.Director.MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = account, name = "focus test deal", amount = 1_000m });
        fixture.Wait().Until(_ => Count() != before);
        Assert.StartsWith("funnel div", Focused());
        var scrolled = Convert.ToDouble(Js.ExecuteScript("return document.activeElement.scrollLeft"), CultureInfo.InvariantCulture);
        Assert.True(scrolled > 0, "the table's scroll position was lost");
        fixture.Resize(1280);
    }

    /// <summary>Tabs through the page: each stop must show a 2 px or wider ring, 3:1 against what is around.</summary>
    private void EveryFocusRingContrasts(string where)
    {
        Js.ExecuteScript("document.activeElement?.blur(); window.scrollTo(0, 0);");
        var seen = new List<string>();
        for (var stop = 0; stop < 80; stop++)
        {
            new Actions(Browser).SendKeys(Keys.Tab).Perform();
            var focused = Focused();
            if (focused.StartsWith(" body", StringComparison.Ordinal)) continue; // between page and browser controls
            if (seen.Contains(focused)) break;
            seen.Add(focused);
            fixture.AssertNone($"{where}, focus ring of {focused}", FocusRing);
        }
        Assert.True(seen.Count >= 3, $"{where}: Tab reached only {string.Join(", ", seen)}");
    }

    [BrowserFact]
    public void Every_focus_ring_contrasts_three_to_one_on_the_dashboard_signed_out_and_in()
    {
        fixture.OpenSignedOut();
        EveryFocusRingContrasts("sign-in page");
        fixture.SignIn("director@demo.graphkam");
        EveryFocusRingContrasts("dashboard");
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public void Every_focus_ring_contrasts_three_to_one_on_the_portal_and_in_the_widgets()
    {
        fixture.SignInToPortal();
        EveryFocusRingContrasts("portal");
        fixture.AssertNoCspViolations();
    }

    /// <summary>The focused element's ring's problems: none, too thin, or under 3:1 against its surroundings.</summary>
    private const string FocusRing = """
        let e = document.activeElement;
        while (e.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
        const rgba = (c) => { const [r, g, b, a = 1] = c.match(/[\d.]+/g).map(Number); return { r, g, b, a }; };
        const channel = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
        const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
        const contrast = (x, y) => {
          const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
          return (hi + 0.05) / (lo + 0.05);
        };
        const background = (n) => {
          for (; n; n = n.parentElement ?? n.getRootNode().host) {
            const c = rgba(getComputedStyle(n).backgroundColor);
            if (c.a > 0) return c;
          }
          return { r: 255, g: 255, b: 255, a: 1 };
        };
        const style = getComputedStyle(e);
        const width = parseFloat(style.outlineWidth);
        if (style.outlineStyle === 'none' || width < 2) {
          return [`no outline of 2 px or more (${style.outlineStyle} ${style.outlineWidth})`];
        }
        const ring = rgba(style.outlineColor);
        const box = e.getBoundingClientRect();
        const out = parseFloat(style.outlineOffset) + width + 1;
        const around = [[box.left + box.width / 2, box.top - out], [box.left + box.width / 2, box.bottom + out],
          [box.left - out, box.top + box.height / 2], [box.right + out, box.top + box.height / 2]];
        const root = e.getRootNode();
        return around.map(([x, y]) => {
          const under = root.elementsFromPoint(x, y).find((n) => n !== e && !e.contains(n));
          return contrast(ring, background(under ?? document.body));
        }).filter((ratio) => ratio < 3).map((ratio) => `${style.outlineColor} at ${ratio.toFixed(2)}:1 around it`);
        """;
}
