using GraphKam.Server.Common;
using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// The admin view: administrators and directors see the server's own figures (requests per minute, slowest
/// operations, errors, subscribers); everybody else neither sees it nor may read <c>serverActivity</c>.
/// </summary>
public sealed class AdminViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Browser => fixture.Browser;

    private IWebElement View => Browser.FindElement(By.Id("server-activity"));

    private string Tile(string key) =>
        Browser.FindElement(By.CssSelector($"#server-activity [data-admin='{key}'] .tile-value")).Text;

    // The first table is the slowest operations (of every test server in this process: the meter is the process's).
    private List<string> SlowestNames() => Browser.FindElements(By.CssSelector("#server-activity table")).First()
        .FindElements(By.CssSelector("tbody th")).Select(e => e.Text).ToList();

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
            Assert.Equal("Server activity", View.FindElement(By.TagName("h2")).Text);
            fixture.Wait().Until(_ => SlowestNames().Count is > 0 and <= 10);
            Assert.True(int.Parse(Tile("requests-per-minute"), System.Globalization.CultureInfo.InvariantCulture) >= 1);
            Assert.True(int.Parse(Tile("errors"), System.Globalization.CultureInfo.InvariantCulture) >= 1);
            Assert.Contains(Browser.FindElements(By.CssSelector("#server-activity tbody th")), cell => cell.Text == code);
            Assert.NotEmpty(Tile("subscribers")); // the dashboard's own live updates count
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
