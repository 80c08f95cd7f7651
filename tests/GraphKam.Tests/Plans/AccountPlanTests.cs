using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;
using static GraphKam.Tests.Plans.PlanFixtures;

namespace GraphKam.Tests.Plans;

/// <summary>
/// Account plans on the known dataset, with the server's clock at 2026-11-27 08:00 UTC: content, moves, versions.
/// </summary>
public sealed class AccountPlanTests : KnownDataTest
{
    private const string EndOfYear = "2026-12-31T00:00:00Z";

    private Task<List<string>> Fails(string mutation, object input) => FailsAsync(Client, mutation, input);

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
                new { metric = "IT revenue per month", target = 80_000.0, actual = 20_000.0, dueDate = EndOfYear },
                new { metric = "Products in use", target = 4.0, actual = 6.0, dueDate = EndOfYear },
            },
            needs = new[] { "Private cloud" },
            painPoints = new[] { "Slow data centre" },
            competitors = new[]
            {
                new { name = "Huawei Cloud", position = "BEHIND", products = new[] { "ECS", "OBS" } },
            },
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
        Assert.Equal(["0.25", "1"], Each(plan.GetProperty("objectives"), "progress"));
        var competitor = plan.At("competitors")[0];
        Assert.Equal("BEHIND", competitor.GetProperty("position").GetString());
        Assert.Equal(["ECS", "OBS"], competitor.GetProperty("products").Texts());
        var steps = plan.GetProperty("decisionSteps");
        Assert.Equal(["1", "2"], Each(steps, "order"));
        Assert.Equal(["Alpha CFO", "Alpha CIO"], steps[1].GetProperty("contacts").Strings("name"));
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
        Assert.Equal([Id(plan)], data.At("node.plans.nodes").Strings("id"));
        Assert.Equal(["Alpha Industries"], Each(data.At("accountPlans.nodes"), "account.name"));
    }

    [Fact]
    public async Task One_plan_per_account_and_year_and_bad_content_is_refused_with_typed_errors_changing_nothing()
    {
        var alpha = Known.Id("Alpha Industries");
        var bravoContact = await ContactAsync(Client, Known.Id("Bravo Éclair Power"), "Bravo CEO");
        await PlanAsync(Client, "createAccountPlan", new { accountId = alpha, year = 2026 });

        Assert.Equal(["PLAN_EXISTS"], await Fails("createAccountPlan", new { accountId = alpha, year = 2026 }));
        Assert.Equal(["OUT_OF_RANGE"], await Fails("createAccountPlan", new { accountId = alpha, year = 1900 }));
        var archived = new { accountId = Known.Id("Zulu Archived") };
        Assert.Equal(["ACCOUNT_ARCHIVED"], await Fails("createAccountPlan", archived));
        // Another account's person in the decision process; a blank metric and a target of zero: all reported at once.
        var errors = await Fails("createAccountPlan", new
        {
            accountId = alpha,
            year = 2027,
            objectives = new[] { new { metric = " ", target = 0.0, actual = 0.0, dueDate = EndOfYear } },
            decisionSteps = new[] { new { name = "Sign", contactIds = new[] { bravoContact } } },
        });
        Assert.Equal(["REQUIRED_VALUE", "OUT_OF_RANGE", "CONTACT_NOT_ON_ACCOUNT"], errors);
        // A due date outside the sales calendar (year 9999 here) would stretch every schedule built on it.
        var farOff = new { metric = "Revenue", target = 1.0, actual = 0.0, dueDate = "9999-12-31T00:00:00Z" };
        Assert.Equal(["DATE_OUT_OF_RANGE"], await Fails("createAccountPlan", new { accountId = alpha, year = 2027, objectives = new[] { farOff } }));
        // The smallest target is the one the error names (0.001), not any positive number.
        var tiny = new { metric = "Revenue", target = 0.0009, actual = 0.0, dueDate = EndOfYear };
        Assert.Equal(["OUT_OF_RANGE"], await Fails("createAccountPlan", new { accountId = alpha, year = 2027, objectives = new[] { tiny } }));
        var needs = Enumerable.Range(1, 51).Select(i => $"need {i}").ToArray();
        var tooMany = new { accountId = alpha, year = 2027, needs };
        Assert.Equal(["TOO_MANY_ENTRIES"], await Fails("createAccountPlan", tooMany));

        var plans = await Client.DataAsync("{ accountPlans { nodes { year } } }");
        Assert.Equal(["2026"], Each(plans.At("accountPlans.nodes"), "year"));
    }

    [Fact]
    public async Task An_update_replaces_the_lists_it_sends_at_the_version_read()
    {
        var plan = await PlanAsync(Client, "createAccountPlan", new
        {
            accountId = Known.Id("Alpha Industries"),
            needs = new[] { "Private cloud" },
            objectives = new[] { new { metric = "IT revenue", target = 100.0, actual = 10.0, dueDate = EndOfYear } },
        });
        var updated = await PlanAsync(Client, "updateAccountPlan", new
        {
            id = Id(plan),
            version = 1,
            objectives = new[] { new { metric = "IT revenue", target = 100.0, actual = 55.0, dueDate = EndOfYear } },
        });
        Assert.Equal(2, Version(updated));
        Assert.Equal(0.55, updated.At("objectives")[0].GetProperty("progress").GetDouble());
        Assert.Equal(["Private cloud"], updated.GetProperty("needs").Texts()); // not sent: kept

        // A client still at version 1 is told, and nothing changes.
        var stale = new { id = Id(plan), version = 1, needs = Array.Empty<string>() };
        Assert.Equal(["STALE_VERSION"], await Fails("updateAccountPlan", stale));
        Assert.Equal(["Private cloud"], (await NodeAsync(Client, Id(plan))).GetProperty("needs").Texts());
        var notAPlan = new { id = Known.Id("Alpha Industries"), version = 2 };
        Assert.Equal(["INVALID_ID"], await Fails("updateAccountPlan", notAPlan));
    }

    [Fact]
    public async Task An_archived_accounts_plan_stays_as_it_was()
    {
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        var id = Id(plan);
        await MoveAsync(Client, plan, "ACTIVE");
        Assert.Empty(ErrorTypes(await Client.MutateAsync("archiveAccount", "account { id }", new { id = Known.Id("Alpha Industries") })));

        const string Archived = "ACCOUNT_ARCHIVED";
        Assert.Equal([Archived], await Fails("updateAccountPlan", new { id, version = 2, summary = "after the archive" }));
        Assert.Equal([Archived], await Fails("recordPlanReview", new { planId = id, version = 2, changes = "after the archive" }));
        Assert.Equal([Archived], await Fails("changeAccountPlanStatus", new { id, version = 2, status = "CLOSED" }));
        Assert.Equal(2, Version(await NodeAsync(Client, id)));
    }

    [Fact]
    public async Task A_plan_moves_only_along_its_legal_path()
    {
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        var id = Id(plan);
        const string Illegal = "ILLEGAL_PLAN_TRANSITION";
        Assert.Equal([Illegal], await Fails("changeAccountPlanStatus", new { id, version = 1, status = "CLOSED" }));
        Assert.Equal([Illegal], await Fails("recordPlanReview", new { planId = id, version = 1, changes = "x" }));
        var active = await MoveAsync(Client, plan, "ACTIVE");
        Assert.Equal(("ACTIVE", "2026-11-27T08:00:00Z"),
            (active.GetProperty("status").GetString(), active.GetProperty("activatedAt").GetString()));
        // REVIEWED comes from a recorded review, never from a status change.
        Assert.Equal([Illegal], await Fails("changeAccountPlanStatus", new { id, version = 2, status = "REVIEWED" }));
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
        Assert.Equal("Objectives confirmed", review.GetProperty("changes").GetString());
        Assert.Equal(["Zhao Min"], review.GetProperty("users").Strings("name"));
        Assert.Equal(["Alpha CIO"], review.GetProperty("contacts").Strings("name"));
        var closed = await MoveAsync(Client, reviewed, "CLOSED");
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());
        Assert.Equal([Illegal], await Fails("changeAccountPlanStatus", new { id, version = 4, status = "ACTIVE" }));
        Assert.Equal(["PLAN_CLOSED"], await Fails("updateAccountPlan", new { id, version = 4, summary = "late" }));
        Assert.Equal(4, Version(await NodeAsync(Client, id)));
    }

    [Fact]
    public async Task A_review_names_existing_people_of_the_account_at_a_date_within_the_plan_in_force()
    {
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        await MoveAsync(Client, plan, "ACTIVE");
        var other = await ContactAsync(Client, Known.Id("Bravo Éclair Power"), "Bravo CEO");
        var nobody = GlobalId.Encode("User", 999);
        var errors = await Fails("recordPlanReview", new
        {
            planId = Id(plan),
            version = 2,
            reviewedAt = "2026-12-01T00:00:00Z",
            userIds = new[] { nobody },
            contactIds = new[] { other },
            changes = "",
        });
        Assert.Equal(["INVALID_REVIEW_DATE", "REQUIRED_VALUE"], errors);
        var strangers = new
        {
            planId = Id(plan),
            version = 2,
            userIds = new[] { nobody },
            contactIds = new[] { other },
            changes = "ok",
        };
        errors = await Fails("recordPlanReview", strangers);
        Assert.Equal(["PARTICIPANT_NOT_FOUND", "CONTACT_NOT_ON_ACCOUNT"], errors);
        // A partner's user is not one of our people: an outside party has no place in the company's plan.
        int partnerUser;
        await using (var db = Factory.Db())
        {
            var user = new User { Name = "Partner Pat", Email = "pat@partner.test", Role = UserRole.Partner };
            db.People.Add(user);
            await db.SaveChangesAsync();
            partnerUser = user.Id;
        }
        errors = await Fails("recordPlanReview", new
        {
            planId = Id(plan),
            version = 2,
            userIds = new[] { GlobalId.Encode("User", partnerUser) },
            changes = "ok",
        });
        Assert.Equal(["PARTICIPANT_NOT_STAFF"], errors);
        Assert.Equal("ACTIVE", (await NodeAsync(Client, Id(plan))).GetProperty("status").GetString());
    }
}
