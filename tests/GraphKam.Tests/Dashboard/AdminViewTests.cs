using GraphKam.Server.Common;
using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// The admin view: administrators and directors see the server's own figures (requests per minute, slowest
/// operations, errors, subscribers); everybody else neither sees it nor may read <c>serverActivity</c>.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class AdminViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Browser => fixture.Browser;

    private IWebElement View => Browser.FindElement(By.Id("server-activity"));

    private string Tile(string key) =>
        Browser.FindElement(By.CssSelector($"#server-activity [data-admin='{key}'] .tile-value")).Text;

    private int Number(string key) => int.Parse(Tile(key), System.Globalization.NumberStyles.AllowThousands,
        System.Globalization.CultureInfo.InvariantCulture);

    // The first table is the slowest operations (of every test server in this process: the meter is the process's).
    // Empty while the view has not drawn its tables yet (the wait polls it from the moment of sign-in).
    private List<string> SlowestNames() => Browser.FindElements(By.CssSelector("#server-activity table")).FirstOrDefault()
        ?.FindElements(By.CssSelector("tbody th")).Select(e => e.Text).ToList() ?? [];

    [BrowserFact]
    public async Task Administrators_and_directors_see_the_servers_activity_from_its_metrics()
    {
        await fixture.Director.DataAsync("query AdminViewProbe { accounts(first: 1) { totalCount } }");
        var refused = await fixture.Factory.Logins.ClientAs(Roles.AccountManager)
            .PostAsync("query AdminViewRefusal { apiTokens { name } }");
        var code = refused.ErrorCodes[0]!;

        foreach (var email in new[] { "director@demo.graphkam", "admin@demo.graphkam" })
        {
            fixture.SignIn(email);
            Assert.True(View.Displayed, email);
            // The view draws again a second after the live socket opens: every read is inside a wait, which looks
            // elements up again when a redraw replaced them.
            fixture.Wait().Until(_ => View.FindElement(By.TagName("h2")).Text == "Server activity");
            fixture.Wait().Until(_ => SlowestNames().Count is > 0 and <= 10);
            fixture.Wait().Until(_ => Number("requests-per-minute") >= 1 && Number("errors") >= 1);
            fixture.Wait().Until(_ => Browser.FindElements(By.CssSelector("#server-activity tbody th"))
                .Any(cell => cell.Text == code));
            // The dashboard's own socket counts once it is open, without waiting for the half-minute refresh.
            fixture.Wait().Until(_ => Tile("websockets") != "0" && Tile("subscribers") != "0");
        }
        var violations = Axe.SeriousViolations(Browser, "#server-activity");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task Other_roles_neither_see_the_view_nor_may_read_the_figures()
    {
        fixture.SignIn("am1@demo.graphkam");
        Assert.False(View.Displayed);
        Assert.Empty(View.FindElements(By.TagName("table")));

        foreach (var role in new[] { Roles.AccountManager, Roles.InsideSales })
        {
            var answer = await fixture.Factory.Logins.ClientAs(role).PostAsync("{ serverActivity { openWebSockets } }");
            Assert.False(answer.HasData && answer.Data.ValueKind == System.Text.Json.JsonValueKind.Object, answer.Text);
            Assert.Equal("AUTH_NOT_AUTHORIZED", answer.ErrorCodes[0]);
        }
        var anonymous = await fixture.Factory.AnonymousClient().PostAsync("{ serverActivity { openWebSockets } }");
        Assert.NotEmpty(anonymous.Errors);
    }
}
