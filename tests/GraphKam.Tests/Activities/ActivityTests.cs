using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Activities;

/// <summary>
/// Activities, role plans and service compliance on the known dataset, with the server's clock fixed at
/// 2026-11-27 08:00 UTC. Accounts were created on 2025-01-01 + n days; without visits, the next visit is due one tier
/// visit interval later (A1 30 days, A2 45, B2 90, C 180): e.g. Alpha Industries (C, created 2025-01-11) was due
/// 2025-07-10 and is 505 days overdue.
/// </summary>
public sealed class ActivityTests : KnownDataTest
{
    private Task<JsonElement> Mutate(string mutation, string selection, object input) => Client.MutateAsync(mutation, selection, input);

    private async Task<string> AddContact(string account, string name) =>
        (await Mutate("addContact", "contact { id }", new { accountId = Known.Id(account), name })).At("contact.id").GetString()!;

    [Fact]
    public async Task Service_status_is_computed_against_the_servers_clock()
    {
        var status = (await Client.DataAsync("""
            query($id: ID!) {
                account(id: $id) {
                    serviceStatus {
                        lastVisitAt visitIntervalDays nextVisitDue overdueDays
                    }
                }
            }
            """,
            new { id = Known.Id("Alpha Industries") })).At("account.serviceStatus");
        Assert.Equal(JsonValueKind.Null, status.GetProperty("lastVisitAt").ValueKind);
        Assert.Equal(180, status.GetProperty("visitIntervalDays").GetInt32());
        Assert.Equal("2025-07-10T00:00:00Z", status.GetProperty("nextVisitDue").GetString());
        Assert.Equal(505, status.GetProperty("overdueDays").GetInt32());

        // A visit resets it; a call does not count as a visit.
        await Mutate("logActivity", "activity { id }", new { accountId = Known.Id("Alpha Industries"), type = "CALL", occurredAt = "2026-11-26T10:00:00Z", summary = "Call" });
        await Mutate("logActivity", "activity { id }", new { accountId = Known.Id("Alpha Industries"), type = "VISIT", occurredAt = "2026-11-01T10:00:00Z", summary = "Visit" });
        var visited = (await Client.DataAsync("""
            query($id: ID!) {
                account(id: $id) {
                    serviceStatus {
                        lastVisitAt nextVisitDue overdueDays
                    }
                }
            }
            """,
            new { id = Known.Id("Alpha Industries") })).At("account.serviceStatus");
        Assert.Equal("2026-11-01T10:00:00Z", visited.GetProperty("lastVisitAt").GetString());
        Assert.Equal("2027-04-30T10:00:00Z", visited.GetProperty("nextVisitDue").GetString());
        Assert.Equal(0, visited.GetProperty("overdueDays").GetInt32());

        // Time passes: on 2027-05-10 08:00 the visit due 2027-04-30 10:00 is 9 whole days overdue.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2027, 5, 10, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(9, (await Client.DataAsync("""
            query($id: ID!) {
                account(id: $id) {
                    serviceStatus {
                        overdueDays
                    }
                }
            }
            """,
            new { id = Known.Id("Alpha Industries") })).At("account.serviceStatus.overdueDays").GetInt32());
    }

    [Fact]
    public async Task Overdue_accounts_filter_and_sort_by_overdue_days_in_SQL()
    {
        var data = await Client.DataAsync("""
            {
                overdueAccounts(where: { overdueDays: { gte: 580 } }) {
                    totalCount
                    nodes {
                        overdueDays
                        account {
                            name
                        }
                    }
                }
            }
            """);
        var rows = data.At("overdueAccounts.nodes").EnumerateArray().Select(n => (n.At("account.name").GetString(), n.GetProperty("overdueDays").GetInt32())).ToList();
        Assert.Equal([("中国电信集团有限公司", 665), ("alpha beta Bank", 645), ("Bravo Éclair Power", 620), ("Echo Gov Bureau", 580)], rows); // most overdue first
        Assert.Equal(4, data.At("overdueAccounts.totalCount").GetInt32());

        var ascending = await Client.DataAsync("{ overdueAccounts(order: [{ overdueDays: ASC }], first: 2, where: { account: { region: { eq: \"Sichuan\" } } }) { nodes { overdueDays account { name } } } }");
        Assert.Equal([455, 555], ascending.At("overdueAccounts.nodes").EnumerateArray().Select(n => n.GetProperty("overdueDays").GetInt32()));

        Factory.Sql.Clear();
        await Client.DataAsync("""
            {
                overdueAccounts(where: { overdueDays: { gt: 500 } }, first: 3) {
                    nodes {
                        overdueDays
                    }
                }
            }
            """);
        var sql = Assert.Single(Factory.Sql.Commands);
        Assert.Contains("graphkam_days_between", sql);
        Assert.Contains("LIMIT", sql);
    }

    [Fact]
    public async Task Logging_an_activity_moves_the_active_plans_of_the_people_involved()
    {
        var cio = await AddContact("Delta School", "CIO");
        var cfo = await AddContact("Delta School", "CFO");
        var plan = await Mutate("upsertRolePlan", "rolePlan { nextActionAt frequencyDays status }",
            new { contactId = cio, goal = "Technical approval", frequencyDays = 14, nextActionAt = "2026-11-20T00:00:00Z" });
        Assert.Equal("2026-11-20T00:00:00Z", plan.At("rolePlan.nextActionAt").GetString());
        await Mutate("upsertRolePlan", "rolePlan { id }", new { contactId = cfo, goal = "Budget", frequencyDays = 30, status = "PAUSED" });
        var defaulted = await Mutate("upsertRolePlan", "rolePlan { nextActionAt }", new { contactId = await AddContact("Delta School", "Ops"), goal = "Ease of use", frequencyDays = 7 });
        Assert.Equal("2026-12-04T08:00:00Z", defaulted.At("rolePlan.nextActionAt").GetString()); // now + frequency

        var logged = await Mutate("logActivity", "activity { type contacts { name } }", new
        {
            accountId = Known.Id("Delta School"),
            type = "VISIT",
            occurredAt = "2026-11-26T09:30:00Z",
            summary = "Visit",
            outcome = "Good",
            contactIds = new[] { cio, cfo },
            ownerId = Known.UserId("Zhao Min"),
        });
        Assert.Equal(["CFO", "CIO"], logged.At("activity.contacts").Strings("name"));
        var plans = await Client.DataAsync("""
            query($a: ID!, $b: ID!) {
                a: contact(id: $a) {
                    rolePlan {
                        nextActionAt
                    }
                }
                b: contact(id: $b) {
                    rolePlan {
                        nextActionAt status
                    }
                }
            }
            """, new { a = cio, b = cfo });
        Assert.Equal("2026-12-10T09:30:00Z", plans.At("a.rolePlan.nextActionAt").GetString());  // 14 days after the visit
        Assert.Equal("2026-12-27T08:00:00Z", plans.At("b.rolePlan.nextActionAt").GetString());  // paused: unchanged

        // An older activity never pulls a plan's next action earlier.
        await Mutate("logActivity", "activity { id }", new { accountId = Known.Id("Delta School"), type = "CALL", occurredAt = "2026-10-01T00:00:00Z", summary = "Old call", contactIds = new[] { cio } });
        Assert.Equal("2026-12-10T09:30:00Z", (await Client.DataAsync("""
            query($a: ID!) {
                contact(id: $a) {
                    rolePlan {
                        nextActionAt
                    }
                }
            }
            """, new { a = cio })).At("contact.rolePlan.nextActionAt").GetString());
    }

    [Fact]
    public async Task Bad_activities_and_plans_are_refused()
    {
        var other = await AddContact("Echo Gov Bureau", "Someone else's");
        var removed = await AddContact("Delta School", "Gone");
        await Mutate("removeContact", "contact { id }", new { contactId = removed });
        var activity = await Mutate("logActivity", "activity { id }", new
        {
            accountId = Known.Id("Delta School"),
            type = "VISIT",
            occurredAt = "2026-11-28T08:00:00Z",
            summary = " ",
            contactIds = new[] { other, removed, "garbage" },
            ownerId = "VXNlcjo5OTk=",
        });
        Assert.Equal(["RequiredValueError", "ActivityInFutureError", "InvalidIdError", "InvalidActivityContactError", "InvalidActivityContactError", "OwnerNotFoundError"],
            ErrorTypes(activity));
        Assert.Equal(["AccountArchivedError"], ErrorTypes(await Mutate("logActivity", "activity { id }",
            new { accountId = Known.Id("Zulu Archived"), type = "CALL", occurredAt = "2026-11-01T00:00:00Z", summary = "x" })));
        Assert.Equal(["RequiredValueError", "OutOfRangeError"], ErrorTypes(await Mutate("upsertRolePlan", "rolePlan { id }",
            new { contactId = await AddContact("Delta School", "P"), goal = "", frequencyDays = 0 })));
        Assert.Equal(0, (await Client.DataAsync("{ activities { totalCount } }")).At("activities.totalCount").GetInt32());
    }

    [Fact]
    public async Task Activities_list_newest_first_and_filter_by_participant()
    {
        var cio = await AddContact("Delta School", "CIO");
        foreach (var (day, type) in new[] { (3, "CALL"), (10, "VISIT"), (7, "EMAIL") })
            await Mutate("logActivity", "activity { id }", new
            {
                accountId = Known.Id("Delta School"),
                type,
                occurredAt = $"2026-11-{day:00}T08:00:00Z",
                summary = type,
                contactIds = type == "VISIT" ? new[] { cio } : Array.Empty<string>(),
            });
        var data = await Client.DataAsync("""
            { activities { nodes { type } }
              withCio: activities(where: { contacts: { some: { name: { eq: "CIO" } } } }) { nodes { type } }
              accounts(where: { name: { eq: "Delta School" } }) { nodes { activities(first: 1, where: { type: { neq: VISIT } }) { totalCount nodes { type } } } } }
            """);
        Assert.Equal(["VISIT", "EMAIL", "CALL"], data.At("activities.nodes").Strings("type"));
        Assert.Equal(["VISIT"], data.At("withCio.nodes").Strings("type"));
        var nested = data.At("accounts.nodes")[0].GetProperty("activities");
        Assert.Equal(2, nested.GetProperty("totalCount").GetInt32());
        Assert.Equal(["EMAIL"], nested.GetProperty("nodes").Strings("type"));
    }
}
