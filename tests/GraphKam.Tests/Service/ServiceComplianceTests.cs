using System.Text.Json;
using GraphKam.Server.Tiers;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.Service;

/// <summary>
/// Compliance with the whole service standard on the known dataset, clock fixed at 2026-11-27 08:00 UTC. Echo Gov Bureau
/// (A2: visit every 45 days, review every 90, dedicated manager; no owner) was created on 2025-03-12 and never
/// visited or reviewed: its review was due 2025-06-10, 535 days ago. Alpha Industries (C: review every 365 days; owned
/// by Li Qiang) was created on 2025-01-11: review due 2026-01-11, 320 days ago.
/// </summary>
public sealed class ServiceComplianceTests : KnownDataTest
{
    private const string StatusFields = """
        reviewIntervalDays lastReviewAt nextReviewDue reviewOverdueDays openCases breachedCases
        dedicatedManagerRequired dedicatedManagerMissing exceptions
        """;

    private async Task<JsonElement> Status(string account) =>
        (await Client.DataAsync($$"""
            query($id: ID!) {
                account(id: $id) {
                    serviceStatus {
                        {{StatusFields}}
                    }
                }
            }
            """, new { id = Known.Id(account) })).At("account.serviceStatus");

    private Task<JsonElement> Mutate(string mutation, string selection, object input) => Client.MutateAsync(mutation, selection, input);

    [Fact]
    public async Task Service_status_measures_reviews_cases_and_the_dedicated_manager()
    {
        var echo = await Status("Echo Gov Bureau");
        Assert.Equal((90, "2025-06-10T00:00:00Z", 535), (echo.GetProperty("reviewIntervalDays").GetInt32(),
            echo.GetProperty("nextReviewDue").GetString(), echo.GetProperty("reviewOverdueDays").GetInt32()));
        Assert.True(echo.GetProperty("dedicatedManagerRequired").GetBoolean());
        Assert.True(echo.GetProperty("dedicatedManagerMissing").GetBoolean());
        Assert.Equal(["VISIT_OVERDUE", "REVIEW_OVERDUE", "NO_DEDICATED_MANAGER"], echo.GetProperty("exceptions").Texts());

        // A high case: A2 answers within 4 hours. Five hours on, unanswered, it is breached; resolved, it no longer counts.
        var opened = await Mutate("openServiceCase", "serviceCase { id version }",
            new { accountId = Known.Id("Echo Gov Bureau"), kind = "COMPLAINT", severity = "HIGH", channel = "PHONE", subject = "No answer" });
        Assert.Equal((1, 0), Counts(await Status("Echo Gov Bureau")));
        Factory.Clock.Advance(TimeSpan.FromHours(5));
        var breached = await Status("Echo Gov Bureau");
        Assert.Equal((1, 1), Counts(breached));
        Assert.Contains("SLA_BREACHED", breached.GetProperty("exceptions").Texts());

        await Mutate("resolveServiceCase", "serviceCase { id }", new
        {
            id = opened.At("serviceCase.id").GetString(),
            version = opened.At("serviceCase.version").GetInt32(),
            resolution = "Called back",
        });
        await Mutate("logActivity", "activity { id }", new
        {
            accountId = Known.Id("Echo Gov Bureau"),
            type = "REVIEW",
            occurredAt = "2026-11-20T10:00:00Z",
            summary = "Yearly review",
        });
        var version = (await Client.DataAsync("query($id: ID!) { account(id: $id) { version } }", new { id = Known.Id("Echo Gov Bureau") }))
            .At("account.version").GetInt32();
        await Mutate("updateAccount", "account { id }", new { id = Known.Id("Echo Gov Bureau"), version, ownerId = Known.UserId("李强 Li Qiang") });
        var kept = await Status("Echo Gov Bureau");
        Assert.Equal((0, 0), Counts(kept));
        Assert.Equal(("2026-11-20T10:00:00Z", "2027-02-18T10:00:00Z", 0), (kept.GetProperty("lastReviewAt").GetString(),
            kept.GetProperty("nextReviewDue").GetString(), kept.GetProperty("reviewOverdueDays").GetInt32()));
        Assert.False(kept.GetProperty("dedicatedManagerMissing").GetBoolean());
        Assert.Equal(["VISIT_OVERDUE"], kept.GetProperty("exceptions").Texts());
    }

    private static (int Open, int Breached) Counts(JsonElement status) =>
        (status.GetProperty("openCases").GetInt32(), status.GetProperty("breachedCases").GetInt32());

    [Fact]
    public async Task A_change_of_tier_changes_the_standard_the_account_is_held_to()
    {
        var alpha = await Status("Alpha Industries");
        Assert.Equal((365, 320, false), (alpha.GetProperty("reviewIntervalDays").GetInt32(),
            alpha.GetProperty("reviewOverdueDays").GetInt32(), alpha.GetProperty("dedicatedManagerRequired").GetBoolean()));
        await Mutate("overrideAccountTier", "account { id }", new { accountId = Known.Id("Alpha Industries"), tierCode = "A1", reason = "Framework" });
        var lifted = await Status("Alpha Industries");
        Assert.Equal((90, true, false), (lifted.GetProperty("reviewIntervalDays").GetInt32(),
            lifted.GetProperty("dedicatedManagerRequired").GetBoolean(), lifted.GetProperty("dedicatedManagerMissing").GetBoolean()));
    }

    [Fact]
    public async Task Service_exceptions_list_each_kind_and_filter_sort_and_page_in_one_statement()
    {
        var all = await Client.DataAsync("""
            {
                serviceExceptions(first: 100) {
                    totalCount
                    nodes {
                        kind overdueDays since count
                        account {
                            name
                        }
                    }
                }
                overdueAccounts {
                    totalCount
                }
            }
            """);
        var rows = all.At("serviceExceptions.nodes").EnumerateArray().ToList();
        Assert.Equal(all.At("serviceExceptions.totalCount").GetInt32(), rows.Count);
        Assert.Equal(all.At("overdueAccounts.totalCount").GetInt32(), rows.Count(r => r.GetProperty("kind").GetString() == "VISIT_OVERDUE"));
        var overdue = rows.Select(r => r.GetProperty("overdueDays").GetInt32()).ToList();
        Assert.Equal(overdue.OrderDescending(), overdue); // most overdue first
        var echoReview = rows.Single(r => r.At("account.name").GetString() == "Echo Gov Bureau" && r.GetProperty("kind").GetString() == "REVIEW_OVERDUE");
        Assert.Equal(("2025-06-10T00:00:00Z", 535, 1), (echoReview.GetProperty("since").GetString(),
            echoReview.GetProperty("overdueDays").GetInt32(), echoReview.GetProperty("count").GetInt32()));
        var noManager = rows.Where(r => r.GetProperty("kind").GetString() == "NO_DEDICATED_MANAGER").Select(r => r.At("account.name").GetString()).ToList();
        Assert.Contains("Echo Gov Bureau", noManager);
        Assert.DoesNotContain("Alpha Industries", noManager); // C promises no dedicated manager
        Assert.DoesNotContain(rows, r => r.At("account.name").GetString() == "Zulu Archived");

        Factory.Sql.Clear();
        var page = await Client.DataAsync("""
            {
                serviceExceptions(where: { kind: { in: [REVIEW_OVERDUE, NO_DEDICATED_MANAGER] }, account: { region: { eq: "Beijing" }, tier: { code: { in: ["A1", "A2", "B1", "B2", "C"] } } } },
                                  order: [{ kind: ASC }, { account: { name: ASC } }], first: 2) {
                    totalCount
                    pageInfo {
                        hasNextPage endCursor
                    }
                    nodes {
                        kind
                        account {
                            name
                        }
                    }
                }
            }
            """);
        // The page and its count, each one statement over the union.
        Assert.Equal(2, Factory.Sql.Commands.Count(c => c.Contains("UNION ALL", StringComparison.Ordinal)));
        Assert.Contains(Factory.Sql.Commands, c => c.Contains("UNION ALL", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal));
        var expected = rows.Where(r => r.GetProperty("kind").GetString() is "REVIEW_OVERDUE" or "NO_DEDICATED_MANAGER")
            .Select(r => (Kind: r.GetProperty("kind").GetString()!, Name: r.At("account.name").GetString()!))
            .Where(r => Beijing.Contains(r.Name))
            .OrderBy(r => r.Kind == "REVIEW_OVERDUE" ? 0 : 1).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Count, page.At("serviceExceptions.totalCount").GetInt32());
        Assert.Equal(expected.Take(2).Select(r => $"{r.Kind} {r.Name}"), Rows(page));
        var rest = await Client.DataAsync("""
            query($after: String) {
                serviceExceptions(where: { kind: { in: [REVIEW_OVERDUE, NO_DEDICATED_MANAGER] }, account: { region: { eq: "Beijing" }, tier: { code: { in: ["A1", "A2", "B1", "B2", "C"] } } } },
                                  order: [{ kind: ASC }, { account: { name: ASC } }], first: 50, after: $after) {
                    nodes {
                        kind
                        account {
                            name
                        }
                    }
                }
            }
            """, new { after = page.At("serviceExceptions.pageInfo.endCursor").GetString() });
        Assert.Equal(expected.Skip(2).Select(r => $"{r.Kind} {r.Name}"), Rows(rest));
    }

    private static readonly string[] Beijing = ["Alpha Industries", "中国电信集团有限公司", "Echo Gov Bureau"];

    private static IEnumerable<string> Rows(JsonElement data) => data.At("serviceExceptions.nodes").EnumerateArray()
        .Select(n => $"{n.GetProperty("kind").GetString()} {n.At("account.name").GetString()}");

    [Fact]
    public async Task Tiers_graded_before_the_review_interval_was_kept_are_graded_again_at_start_up()
    {
        await using (var db = Factory.Db())
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AccountTiers" SET "ReviewIntervalDays" = 0, "DedicatedManager" = FALSE""");
        Assert.Equal(JsonValueKind.Null, (await Status("Echo Gov Bureau")).GetProperty("reviewIntervalDays").ValueKind);

        await using (var db = Factory.Db())
        {
            var startup = ActivatorUtilities.CreateInstance<UngradedAccountsStartup>(Factory.Services);
            await startup.RunAsync(db, Factory.Services, CancellationToken.None);
            Assert.False(await db.AccountTiers.AnyAsync(t => t.ReviewIntervalDays == 0));
        }
        var echo = await Status("Echo Gov Bureau");
        Assert.Equal((90, true), (echo.GetProperty("reviewIntervalDays").GetInt32(), echo.GetProperty("dedicatedManagerRequired").GetBoolean()));
    }
}
