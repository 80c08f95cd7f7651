using System.Globalization;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using OpenQA.Selenium;

namespace GraphKam.Tests.Dashboard;

/// <summary>
/// The dashboard's planning views: the selected account's plan beside its organisation chart (objectives with
/// progress, competitors, next review) and the coverage panel (exceptions by rule, reps over capacity), as the API
/// answers; partners see neither.
/// </summary>
[Trait("Provider", "Independent")]
public sealed class PlanningPanelTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private IWebDriver Browser => fixture.Browser;

    private const string PlanQuery = """
        query($id: ID!) {
            account(id: $id) { plan { id status nextReviewDue reviewDue objectives { metric progress } competitors { name } } }
        }
        """;

    [BrowserFact]
    public async Task The_selected_accounts_plan_shows_beside_its_org_chart_and_follows_the_picker()
    {
        fixture.SignIn("director@demo.graphkam");
        fixture.Wait().Until(_ => Browser.FindElements(By.CssSelector("#account-plan h2")).Count == 1);
        var choices = Browser.FindElements(By.CssSelector("#org-account option"))
            .Select(o => o.GetDomProperty("value")!).ToList();
        // The demo gives most class A accounts a plan: find one with a plan and one without among the choices.
        var plans = new Dictionary<string, JsonElement>();
        foreach (var id in choices)
            plans[id] = (await fixture.Director.DataAsync(PlanQuery, new { id })).At("account.plan");
        var withPlan = choices.First(id => plans[id].ValueKind != JsonValueKind.Null);

        Pick(withPlan);
        var plan = plans[withPlan];
        fixture.Wait().Until(_ => Browser.FindElements(
            By.CssSelector($"#account-plan [data-plan='{plan.GetProperty("id").GetString()}']")).Count == 1);
        Assert.Equal(plan.GetProperty("status").GetString(),
            Browser.FindElement(By.CssSelector("#account-plan [data-status]")).GetDomAttribute("data-status"));
        var rows = Browser.FindElements(By.CssSelector("#account-plan tr[data-objective]"));
        Assert.Equal(plan.GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("metric").GetString()),
            rows.Select(r => r.GetDomAttribute("data-objective")));
        Assert.Equal(plan.GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("progress").GetDouble()),
            rows.Select(r => double.Parse(r.FindElement(By.TagName("progress")).GetDomProperty("value")!,
                CultureInfo.InvariantCulture)));
        Assert.Equal(plan.GetProperty("competitors").EnumerateArray().Select(c => c.GetProperty("name").GetString()),
            Browser.FindElements(By.CssSelector("#account-plan li[data-competitor]")).Select(c => c.GetDomAttribute("data-competitor")));
        var review = Browser.FindElement(By.CssSelector("#account-plan [data-review]")).GetDomAttribute("data-review");
        Assert.Equal(plan.GetProperty("reviewDue").GetBoolean() ? "due" : "scheduled", review);

        if (choices.FirstOrDefault(id => plans[id].ValueKind == JsonValueKind.Null) is { } without)
        {
            Pick(without);
            fixture.Wait().Until(_ => Browser.FindElements(By.CssSelector("#account-plan [data-plan='none']")).Count == 1);
        }
        Assert.Empty(Browser.FindElements(By.CssSelector("#account-plan .error, #coverage .error")));
        fixture.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task The_coverage_panel_counts_the_apis_exceptions_by_rule()
    {
        fixture.SignIn("director@demo.graphkam");
        var api = await fixture.Director.DataAsync("""
            {
                coverageExceptions(first: 500) { totalCount nodes { kind tierCode account { id } } }
                salesCapacity(where: { overCapacity: true }) { user { id } }
            }
            """);
        fixture.Wait().Until(_ => Browser.FindElements(By.CssSelector("#coverage [data-coverage='total']")).Count == 1);
        var total = api.At("coverageExceptions.totalCount").GetInt32();
        Assert.True(total > 0, "the demo book has a few coverage exceptions");
        Assert.StartsWith($"{total} ", Browser.FindElement(By.CssSelector("#coverage [data-coverage='total']")).Text,
            StringComparison.Ordinal);
        var counted = Browser.FindElements(By.CssSelector("#coverage tr[data-rule] td"))
            .Sum(td => int.Parse(td.Text, CultureInfo.InvariantCulture));
        Assert.Equal(total, counted);
        Assert.Equal(api.At("coverageExceptions.nodes").EnumerateArray().Take(10).Select(n => n.At("account.id").GetString()),
            Browser.FindElements(By.CssSelector("#coverage li[data-account]")).Select(li => li.GetDomAttribute("data-account")));
        var over = api.At("salesCapacity").EnumerateArray().Select(r => r.At("user.id").GetString()).ToList();
        Assert.NotEmpty(over);   // the demo's six account managers share about 140 outside accounts: some above 20
        Assert.Equal(over, Browser.FindElements(By.CssSelector("#coverage li[data-user]")).Select(li => li.GetDomAttribute("data-user")));
    }

    [BrowserFact]
    public void A_partner_sees_neither_plans_nor_coverage()
    {
        fixture.SignIn("partner1@demo.graphkam");
        fixture.Wait().Until(_ => Browser.FindElements(By.CssSelector("#service h2")).Count == 1);
        Assert.False(Browser.FindElement(By.Id("account-plan")).Displayed);
        Assert.False(Browser.FindElement(By.Id("coverage")).Displayed);
        Assert.Empty(Browser.FindElements(By.CssSelector("#account-plan *, #coverage *")));
    }

    /// <summary>Chooses an account in the org chart's picker, as a user would (an option's click fires change).</summary>
    private void Pick(string accountId)
    {
        if (Browser.FindElement(By.Id("org-account")).GetDomProperty("value") != accountId)
            Browser.FindElement(By.CssSelector($"#org-account option[value='{accountId}']")).Click();
    }
}
