using GraphKam.GraphQL.Relay;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Plans.PlanFixtures;

namespace GraphKam.Tests.Plans;

/// <summary>Account plans on the known dataset, with the server's clock at 2026-11-27 08:00 UTC: content, moves, versions.</summary>
public sealed class AccountPlanTests : KnownDataTest
{
    [Fact]
    public async Task A_plan_is_created_in_draft_with_measurable_objectives_and_read_everywhere()
    {
        var alpha = Known.Id("Alpha Industries");
        var cio = await ContactAsync(Client, alpha, "Alpha CIO");
        var cfo = await ContactAsync(Client, alpha, "Alpha CFO");
        var plan = await PlanAsync(Client, "createAccountPlan", new
        {
            accountId = alpha,
            summary = "  Become their cloud partner  ",
            objectives = new[]
            {
                new { metric = "IT revenue per month", target = 80_000.0, actual = 20_000.0, dueDate = "2026-12-31T00:00:00Z" },
                new { metric = "Products in use", target = 4.0, actual = 6.0, dueDate = "2026-12-31T00:00:00Z" },
            },
            needs = new[] { "Private cloud" },
            painPoints = new[] { "Slow data centre" },
            competitors = new[] { new { name = "Huawei Cloud", position = "BEHIND", products = new[] { "ECS", "OBS" } } },
            decisionSteps = new[]
            {
                new { name = "Technical evaluation", contactIds = new[] { cio } },
                new { name = "Budget approval", contactIds = new[] { cfo, cio } },
            },
            whiteSpace = new[] { "Managed security" },
            risks = new[] { new { description = "The CIO retires", mitigation = "Meet the deputy" } },
        });

        Assert.Equal((2026, "DRAFT", 1, "Become their cloud partner"), (plan.GetProperty("year").GetInt32(),
            plan.GetProperty("status").GetString(), Version(plan), plan.GetProperty("summary").GetString()));
        Assert.Equal([0.25, 1.0], plan.GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("progress").GetDouble()));
        Assert.Equal("BEHIND", plan.At("competitors")[0].GetProperty("position").GetString());
        Assert.Equal(["ECS", "OBS"], plan.At("competitors")[0].GetProperty("products").EnumerateArray().Select(p => p.GetString()));
        var steps = plan.GetProperty("decisionSteps").EnumerateArray().ToList();
        Assert.Equal([1, 2], steps.Select(s => s.GetProperty("order").GetInt32()));
        Assert.Equal(["Alpha CFO", "Alpha CIO"], steps[1].GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("nextReviewDue").ValueKind); // a draft is not in force

        // The same plan through node(id:), Account.plan (this year when omitted), Account.plans and accountPlans.
        Assert.Equal(plan.ToString(), (await NodeAsync(Client, Id(plan))).ToString());
        var data = await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on Account {
                        plan {
                            id
                        }
                        lastYear: plan(year: 2025) {
                            id
                        }
                        plans {
                            nodes {
                                id
                            }
                        }
                    }
                }
                accountPlans(where: { status: { eq: DRAFT } }) {
                    nodes {
                        id
                        account {
                            name
                        }
                    }
                }
            }
            """, new { id = alpha });
        Assert.Equal(Id(plan), data.At("node.plan.id").GetString());
        Assert.Equal(JsonValueKind.Null, data.At("node.lastYear").ValueKind);
        Assert.Equal([Id(plan)], data.At("node.plans.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(["Alpha Industries"], data.At("accountPlans.nodes").EnumerateArray().Select(n => n.At("account.name").GetString()));
    }

    [Fact]
    public async Task One_plan_per_account_and_year_and_bad_content_is_refused_with_typed_errors_changing_nothing()
    {
        var alpha = Known.Id("Alpha Industries");
        var bravoContact = await ContactAsync(Client, Known.Id("Bravo Éclair Power"), "Bravo CEO");
        await PlanAsync(Client, "createAccountPlan", new { accountId = alpha, year = 2026 });

        Assert.Equal(["PLAN_EXISTS"], await FailsAsync(Client, "createAccountPlan", new { accountId = alpha, year = 2026 }));
        Assert.Equal(["OUT_OF_RANGE"], await FailsAsync(Client, "createAccountPlan", new { accountId = alpha, year = 1900 }));
        Assert.Equal(["ACCOUNT_ARCHIVED"], await FailsAsync(Client, "createAccountPlan", new { accountId = Known.Id("Zulu Archived") }));
        // Another account's person in the decision process; a blank metric and a target of zero: all reported at once.
        var errors = await FailsAsync(Client, "createAccountPlan", new
        {
            accountId = alpha,
            year = 2027,
            objectives = new[] { new { metric = " ", target = 0.0, actual = 0.0, dueDate = "2027-12-31T00:00:00Z" } },
            decisionSteps = new[] { new { name = "Sign", contactIds = new[] { bravoContact } } },
        });
        Assert.Equal(["REQUIRED_VALUE", "OUT_OF_RANGE", "CONTACT_NOT_ON_ACCOUNT"], errors);
        Assert.Equal(["TOO_MANY_ENTRIES"], await FailsAsync(Client, "createAccountPlan",
            new { accountId = alpha, year = 2027, needs = Enumerable.Range(1, 51).Select(i => $"need {i}").ToArray() }));

        var plans = await Client.DataAsync("{ accountPlans { nodes { year } } }");
        Assert.Equal([2026], plans.At("accountPlans.nodes").EnumerateArray().Select(n => n.GetProperty("year").GetInt32()));
    }

    [Fact]
    public async Task An_update_replaces_the_lists_it_sends_at_the_version_read()
    {
        var plan = await PlanAsync(Client, "createAccountPlan", new
        {
            accountId = Known.Id("Alpha Industries"),
            needs = new[] { "Private cloud" },
            objectives = new[] { new { metric = "IT revenue", target = 100.0, actual = 10.0, dueDate = "2026-12-31T00:00:00Z" } },
        });
        var updated = await PlanAsync(Client, "updateAccountPlan", new
        {
            id = Id(plan),
            version = 1,
            objectives = new[] { new { metric = "IT revenue", target = 100.0, actual = 55.0, dueDate = "2026-12-31T00:00:00Z" } },
        });
        Assert.Equal(2, Version(updated));
        Assert.Equal(0.55, updated.At("objectives")[0].GetProperty("progress").GetDouble());
        Assert.Equal(["Private cloud"], updated.GetProperty("needs").EnumerateArray().Select(n => n.GetString())); // not sent: kept

        // A client still at version 1 is told, and nothing changes.
        Assert.Equal(["STALE_VERSION"], await FailsAsync(Client, "updateAccountPlan", new { id = Id(plan), version = 1, needs = Array.Empty<string>() }));
        Assert.Equal(["Private cloud"], (await NodeAsync(Client, Id(plan))).GetProperty("needs").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["INVALID_ID"], await FailsAsync(Client, "updateAccountPlan", new { id = Known.Id("Alpha Industries"), version = 2 }));
    }

    [Fact]
    public async Task A_plan_moves_only_along_its_legal_path()
    {
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        var id = Id(plan);
        Assert.Equal(["ILLEGAL_PLAN_TRANSITION"], await FailsAsync(Client, "changeAccountPlanStatus", new { id, version = 1, status = "CLOSED" }));
        Assert.Equal(["ILLEGAL_PLAN_TRANSITION"], await FailsAsync(Client, "recordPlanReview", new { planId = id, version = 1, changes = "x" }));
        var active = await PlanAsync(Client, "changeAccountPlanStatus", new { id, version = 1, status = "ACTIVE" });
        Assert.Equal(("ACTIVE", "2026-11-27T08:00:00Z"), (active.GetProperty("status").GetString(), active.GetProperty("activatedAt").GetString()));
        // REVIEWED comes from a recorded review, never from a status change.
        Assert.Equal(["ILLEGAL_PLAN_TRANSITION"], await FailsAsync(Client, "changeAccountPlanStatus", new { id, version = 2, status = "REVIEWED" }));
        var reviewed = await PlanAsync(Client, "recordPlanReview", new
        {
            planId = id,
            version = 2,
            userIds = new[] { Known.UserId("Zhao Min") },
            contactIds = new[] { await ContactAsync(Client, Known.Id("Alpha Industries"), "Alpha CIO") },
            changes = "Objectives confirmed",
            nextSteps = "Send the proposal",
        });
        Assert.Equal("REVIEWED", reviewed.GetProperty("status").GetString());
        var review = reviewed.At("reviews")[0];
        Assert.Equal(("Objectives confirmed", "Zhao Min", "Alpha CIO"), (review.GetProperty("changes").GetString(),
            review.At("users")[0].GetProperty("name").GetString(), review.At("contacts")[0].GetProperty("name").GetString()));
        var closed = await PlanAsync(Client, "changeAccountPlanStatus", new { id, version = 3, status = "CLOSED" });
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());
        Assert.Equal(["ILLEGAL_PLAN_TRANSITION"], await FailsAsync(Client, "changeAccountPlanStatus", new { id, version = 4, status = "ACTIVE" }));
        Assert.Equal(["PLAN_CLOSED"], await FailsAsync(Client, "updateAccountPlan", new { id, version = 4, summary = "late" }));
        Assert.Equal(4, Version(await NodeAsync(Client, id)));
    }

    [Fact]
    public async Task A_review_names_existing_people_of_the_account_at_a_date_within_the_plan_in_force()
    {
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        await PlanAsync(Client, "changeAccountPlanStatus", new { id = Id(plan), version = 1, status = "ACTIVE" });
        var other = await ContactAsync(Client, Known.Id("Bravo Éclair Power"), "Bravo CEO");
        var errors = await FailsAsync(Client, "recordPlanReview", new
        {
            planId = Id(plan),
            version = 2,
            reviewedAt = "2026-12-01T00:00:00Z",
            userIds = new[] { GlobalId.Encode("User", 999) },
            contactIds = new[] { other },
            changes = "",
        });
        Assert.Equal(["INVALID_REVIEW_DATE", "REQUIRED_VALUE"], errors);
        errors = await FailsAsync(Client, "recordPlanReview",
            new { planId = Id(plan), version = 2, userIds = new[] { GlobalId.Encode("User", 999) }, contactIds = new[] { other }, changes = "ok" });
        Assert.Equal(["PARTICIPANT_NOT_FOUND", "CONTACT_NOT_ON_ACCOUNT"], errors);
        Assert.Equal("ACTIVE", (await NodeAsync(Client, Id(plan))).GetProperty("status").GetString());
    }
}
