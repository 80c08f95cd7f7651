using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Plans.PlanFixtures;

namespace GraphKam.Tests.Plans;

/// <summary>
/// plansDueForReview against the server's clock (a fake one, moved by the test) and a review interval of 30 days
/// (the default): a plan in force is due 30 days after its activation, then 30 days after each review.
/// </summary>
public sealed class PlanReviewDueTests : KnownDataTest
{
    public PlanReviewDueTests()
    {
        DailySweeps(Factory);
    }

    private async Task<List<string>> DueAsync()
    {
        var data = await Client.DataAsync("""
            {
                plansDueForReview {
                    nodes {
                        account {
                            name
                        }
                    }
                }
            }
            """);
        return data.At("plansDueForReview.nodes").EnumerateArray().Select(n => n.At("account.name").GetString()!)
            .ToList();
    }

    private void Advance(double days) => Factory.Clock.Advance(TimeSpan.FromDays(days));

    [Fact]
    public async Task A_plan_in_force_is_due_an_interval_after_its_activation_or_last_review()
    {
        var alpha = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        var bravo = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Bravo Éclair Power") });
        await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Delta School") }); // stays a draft
        alpha = await MoveAsync(Client, alpha, "ACTIVE");
        Assert.Equal("2026-12-27T08:00:00Z", alpha.GetProperty("nextReviewDue").GetString());
        Advance(10);
        bravo = await MoveAsync(Client, bravo, "ACTIVE");

        Advance(19);
        Assert.Empty(await DueAsync());
        Advance(1); // Alpha's activation is 30 days old
        Assert.Equal(["Alpha Industries"], await DueAsync());
        Assert.True((await NodeAsync(Client, Id(alpha))).GetProperty("reviewDue").GetBoolean());
        Advance(10); // Bravo's too; Alpha has waited longest, so it comes first
        Assert.Equal(["Alpha Industries", "Bravo Éclair Power"], await DueAsync());

        await PlanAsync(Client, "recordPlanReview", new { planId = Id(alpha), version = 2, changes = "Monthly" });
        Assert.Equal(["Bravo Éclair Power"], await DueAsync());
        Advance(29);
        Assert.Equal(["Bravo Éclair Power"], await DueAsync());
        Advance(1); // a month after the review
        Assert.Equal(["Bravo Éclair Power", "Alpha Industries"], await DueAsync());

        // A closed plan is no longer reviewed.
        await MoveAsync(Client, bravo, "CLOSED");
        Assert.Equal(["Alpha Industries"], await DueAsync());
    }
}

/// <summary>The review interval is the setting's, here a week.</summary>
public sealed class PlanReviewIntervalTests : KnownDataTest
{
    public PlanReviewIntervalTests()
    {
        Factory.Settings["GraphKam:Plans:ReviewIntervalDays"] = "7";
        DailySweeps(Factory);
    }

    [Fact]
    public async Task The_interval_comes_from_the_setting()
    {
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        plan = await MoveAsync(Client, plan, "ACTIVE");
        Assert.Equal("2026-12-04T08:00:00Z", plan.GetProperty("nextReviewDue").GetString());
        Factory.Clock.Advance(TimeSpan.FromDays(7));
        var due = await Client.DataAsync("{ plansDueForReview { nodes { id } } }");
        Assert.Equal([Id(plan)], due.At("plansDueForReview.nodes").Strings("id"));
    }
}
