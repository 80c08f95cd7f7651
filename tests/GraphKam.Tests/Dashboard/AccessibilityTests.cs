using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// axe-core finds no critical or serious violation of WCAG 2.0/2.1/2.2 A and AA (nor of its best practices) on the
/// dashboard, signed out and in, on the partner portal page and in each widget, on a desktop and on a phone; what is
/// hidden is hidden, and every table that scrolls sideways is a focusable region with a name.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [1280, 375];

    private IWebDriver Browser => fixture.Browser;

    /// <summary>
    /// Checks the console for CSP violations of the page first: axe itself then adds style elements to read the
    /// widgets' style sheets, which the page's policy rightly refuses, so its own reports are dropped afterwards.
    /// </summary>
    private void NoSeriousViolation(string where, string? include = null)
    {
        fixture.AssertNoCspViolations();
        var violations = Axe.SeriousViolations(Browser, include);
        fixture.ConsoleMessages();
        Assert.True(violations.Count == 0, $"{where}: {string.Join(Environment.NewLine, violations)}");
    }

    private void ScrollingTablesAreFocusableRegions(string where) =>
        fixture.AssertNone($"{where}: scrolls sideways, but is not a focusable region with a name", """
            const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)
              && e.scrollWidth > e.clientWidth + 1;
            const region = (e) => e.tabIndex >= 0 && e.getAttribute('role') === 'region'
              && e.getAttribute('aria-label');
            return all().filter((e) => scrolls(e) && !region(e)).map(describe);
            """);

    [BrowserFact]
    public void The_signed_out_page_passes_axe_and_shows_nothing_that_is_hidden()
    {
        fixture.OpenSignedOut();
        foreach (var width in Widths)
        {
            fixture.Resize(width);
            NoSeriousViolation($"signed out, {width} px");
            // The dashboard's panels must not show under the sign-in card (a class's display once overrode hidden).
            Assert.False(Browser.FindElement(By.Id("dashboard")).Displayed);
            fixture.AssertNone("[hidden] yet displayed", """
                return all().filter((e) => e.hidden && getComputedStyle(e).display !== 'none').map(describe);
                """);
        }
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public void The_signed_in_dashboard_passes_axe_and_its_scrolling_tables_are_focusable()
    {
        fixture.SignIn("director@demo.graphkam");
        foreach (var width in Widths)
        {
            fixture.Resize(width);
            NoSeriousViolation($"signed in, {width} px");
            ScrollingTablesAreFocusableRegions($"dashboard, {width} px");
        }
        // At a desktop's width the funnel, tier and ranking tables fit their panels (the ranking's once was cut).
        fixture.Resize(1280);
        fixture.AssertNone("a table that should fit scrolls at 1280 px", """
            return [...document.querySelectorAll('#funnel .scroll, #tiers .scroll, #ranking .scroll')]
              .filter((e) => e.scrollWidth > e.clientWidth + 1)
              .map((e) => `${e.closest('section').id} (${e.scrollWidth} px in ${e.clientWidth} px)`);
            """);
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public void The_partner_portal_and_each_widget_pass_axe()
    {
        Browser.Navigate().GoToUrl(new Uri(fixture.BaseAddress, "embed.html"));
        fixture.Wait().Until(d => d.FindElement(By.TagName("graphkam-funnel")).GetShadowRoot()
            .FindElement(By.CssSelector(".muted")).Displayed);
        NoSeriousViolation("portal, signed out");

        fixture.SignInToPortal();
        foreach (var width in Widths)
        {
            fixture.Resize(width);
            NoSeriousViolation($"portal, signed in, {width} px");
            foreach (var widget in BrowserFixture.Widgets) NoSeriousViolation($"{widget}, {width} px", widget);
            ScrollingTablesAreFocusableRegions($"portal, {width} px");
        }
        fixture.AssertNoCspViolations();
    }
}
