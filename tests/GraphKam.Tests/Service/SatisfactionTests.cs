using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Service;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Service;

/// <summary>
/// Satisfaction surveys on the known dataset, with the server's clock fixed at 2026-11-27 08:00 UTC and a 30-day
/// window. Alpha Industries (Li's, 95.5 set by hand) and Delta School (Zhao's, 60) take the answers.
/// </summary>
public sealed class SatisfactionTests : KnownDataTest
{
    private readonly Dictionary<string, string> _contacts = [];

    public SatisfactionTests()
    {
        Factory.Settings["GraphKam:Service:SatisfactionWindowDays"] = "30";
        // Daily sweeps: moving the fake clock by weeks then fires dozens of ticks, not tens of thousands.
        Factory.Settings["GraphKam:Service:EscalationSweepInterval"] = "1.00:00:00";
        Factory.Settings["GraphKam:Service:SatisfactionSweepInterval"] = "1.00:00:00";
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var account in new[] { "Alpha Industries", "Delta School" })
        {
            var added = await Client.MutateAsync("addContact", "contact { id }", new { accountId = Known.Id(account), name = $"{account} buyer" });
            _contacts[account] = added.At("contact.id").GetString()!;
        }
    }

    private async Task<JsonElement> Record(string account, double score, GraphQLClient? client = null, string? caseId = null)
    {
        var payload = await (client ?? Client).MutateAsync("recordSatisfaction", "satisfactionSurvey { id score } account { satisfaction }",
            new { accountId = Known.Id(account), contactId = _contacts[account], score, channel = "PHONE", caseId });
        Assert.Empty(ErrorTypes(payload));
        return payload;
    }

    private async Task<double?> Satisfaction(string account)
    {
        var node = (await Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { satisfaction } } }",
            new { id = Known.Id(account) })).At("node.satisfaction");
        return node.ValueKind == JsonValueKind.Null ? null : node.GetDouble();
    }

    private void Days(double days) => Factory.Clock.Advance(TimeSpan.FromDays(days));

    private Task<int> Sweep() => Factory.Services.GetRequiredService<SatisfactionSweep>().SweepAsync(CancellationToken.None);

    [Fact]
    public async Task The_figure_is_the_mean_of_the_window_and_an_answer_ageing_out_moves_it_at_the_sweep()
    {
        var first = await Record("Alpha Industries", 60);
        Assert.Equal(60, first.At("account.satisfaction").GetDouble()); // the hand-set 95.5 gives way to the survey
        Days(10);
        Assert.Equal(70, (await Record("Alpha Industries", 80)).At("account.satisfaction").GetDouble());
        Days(5);
        Assert.Equal(71.7, (await Record("Alpha Industries", 75)).At("account.satisfaction").GetDouble()); // 215 / 3, to a decimal

        // The stored figure is what filters and sorts read, in SQL.
        var low = await Client.DataAsync("""
            {
                accounts(where: { satisfaction: { gt: 71, lt: 72 } }, order: [{ satisfaction: ASC }]) {
                    nodes {
                        name satisfaction
                    }
                }
            }
            """);
        Assert.Equal(["Alpha Industries"], low.At("accounts.nodes").Strings("name"));

        Days(16); // 31 days after the first answer: it has left the 30-day window
        await Sweep();
        Assert.Equal(77.5, await Satisfaction("Alpha Industries"));
        Assert.Equal(0, await Sweep()); // nothing more to change

        Days(30); // every answer has left: the last figure stays
        await Sweep();
        Assert.Equal(77.5, await Satisfaction("Alpha Industries"));
        // With no survey in the window a value set by hand stands, also through the sweep.
        var version = (await Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { version } } }",
            new { id = Known.Id("Alpha Industries") })).At("node.version").GetInt32();
        var updated = await Client.MutateAsync("updateAccount", "account { satisfaction }",
            new { id = Known.Id("Alpha Industries"), version, satisfaction = 88.0 });
        Assert.Empty(ErrorTypes(updated));
        await Sweep();
        Assert.Equal(88, await Satisfaction("Alpha Industries"));
        // Delta School never had a survey: its hand-set figure is untouched throughout.
        Assert.Equal(60, await Satisfaction("Delta School"));
    }

    [Fact]
    public async Task The_history_gives_each_calendar_month_its_mean_and_count()
    {
        await Record("Alpha Industries", 90);
        await Record("Alpha Industries", 71);
        await Record("Delta School", 10); // another account's answer is not Alpha's
        Days(10); // 2026-12-07
        await Record("Alpha Industries", 100);
        var history = (await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on Account {
                        satisfactionHistory(from: "2026-10-01T00:00:00Z", to: "2027-01-01T00:00:00Z") {
                            month average responses
                        }
                        recent: satisfactionHistory {
                            month
                        }
                    }
                }
            }
            """, new { id = Known.Id("Alpha Industries") })).GetProperty("node");
        var months = history.GetProperty("satisfactionHistory").EnumerateArray().Select(m => (m.GetProperty("month").GetString(),
            m.GetProperty("average").ValueKind == JsonValueKind.Null ? (double?)null : m.GetProperty("average").GetDouble(),
            m.GetProperty("responses").GetInt32())).ToList();
        Assert.Equal([("2026-10", null, 0), ("2026-11", 80.5, 2), ("2026-12", 100.0, 1)], months);
        // By default the twelve months up to now.
        var recent = history.GetProperty("recent").Strings("month");
        Assert.Equal(12, recent.Count);
        Assert.Equal(("2026-01", "2026-12"), (recent[0], recent[^1]));

        var tooLong = await Client.PostAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on Account {
                        satisfactionHistory(from: "2000-01-01T00:00:00Z") {
                            month
                        }
                    }
                }
            }
            """, new { id = Known.Id("Alpha Industries") });
        Assert.Equal(["INVALID_ARGUMENT"], tooLong.ErrorCodes);
    }

    [Theory]
    [InlineData(null, "0001-02-01T00:00:00Z")] // the default year before `to` would run off the calendar
    [InlineData(null, "0001-01-01T00:00:01Z")]
    [InlineData("9999-12-01T00:00:00Z", "9999-12-31T23:59:59Z")] // the month after the last one does not exist
    [InlineData("2016-01-01T00:00:00Z", "2026-01-01T00:00:01Z")] // 121 months: January 2026 has started
    [InlineData("2016-01-01T00:00:00Z", null)] // up to now: more than ten years
    public async Task A_history_off_the_calendar_or_over_ten_years_is_refused(string? from, string? to)
    {
        var answer = await History(from, to);
        Assert.Equal(["INVALID_ARGUMENT"], answer.ErrorCodes);
    }

    [Fact]
    public async Task A_history_of_exactly_ten_years_is_answered()
    {
        var answer = await History("2016-01-01T00:00:00Z", "2026-01-01T00:00:00Z");
        Assert.Empty(answer.Errors);
        Assert.Equal(120, answer.Data.At("node.satisfactionHistory").GetArrayLength());
    }

    private Task<GraphQLResponse> History(string? from, string? to) => Client.PostAsync("""
        query($id: ID!, $from: DateTime, $to: DateTime) {
            node(id: $id) {
                ... on Account {
                    satisfactionHistory(from: $from, to: $to) {
                        month
                    }
                }
            }
        }
        """, new { id = Known.Id("Alpha Industries"), from, to });

    [Fact]
    public async Task The_overview_sets_the_year_against_its_target_and_only_managers_set_targets()
    {
        Assert.Empty(ErrorTypes(await Client.MutateAsync("setSatisfactionTarget", "satisfactionTarget { year }", new { year = 2026, target = 90.0 })));
        var set = await Client.MutateAsync("setSatisfactionTarget", "satisfactionTarget { year target setBy }", new { year = 2026, target = 92.5 });
        Assert.Equal(92.5, set.At("satisfactionTarget.target").GetDouble());
        Assert.StartsWith("director-", set.At("satisfactionTarget.setBy").GetString());

        await Record("Alpha Industries", 90);
        await Record("Delta School", 70);
        Days(10); // December
        await Record("Alpha Industries", 95);
        var overview = (await Client.DataAsync("""
            {
                satisfactionOverview(year: 2026) {
                    year target current average responses
                    months {
                        month average responses
                    }
                }
                next: satisfactionOverview(year: 2027) {
                    target responses
                }
            }
            """));
        var year = overview.GetProperty("satisfactionOverview");
        Assert.Equal((2026, 92.5, 85.0, 85.0, 3), (year.GetProperty("year").GetInt32(), year.GetProperty("target").GetDouble(),
            year.GetProperty("current").GetDouble(), year.GetProperty("average").GetDouble(), year.GetProperty("responses").GetInt32()));
        var months = year.GetProperty("months");
        Assert.Equal(12, months.GetArrayLength());
        Assert.Equal(("2026-11", 80.0, 2), (months[10].GetProperty("month").GetString(), months[10].GetProperty("average").GetDouble(),
            months[10].GetProperty("responses").GetInt32()));
        Assert.Equal(95.0, months[11].GetProperty("average").GetDouble());
        Assert.Equal(JsonValueKind.Null, overview.At("next.target").ValueKind);
        Assert.Equal(0, overview.At("next.responses").GetInt32());

        // A target is the company's decision: not an account manager's; a bad one is refused and saves nothing.
        var li = Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
        var refused = await li.PostAsync("""
            mutation {
                setSatisfactionTarget(input: { year: 2027, target: 95 }) {
                    satisfactionTarget {
                        year
                    }
                }
            }
            """);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes);
        var bad = await Client.MutateAsync("setSatisfactionTarget", "satisfactionTarget { year }", new { year = 1999, target = 101.0 });
        Assert.Equal(["OutOfRangeError", "SatisfactionOutOfRangeError"], ErrorTypes(bad));
        await using var db = Factory.Db();
        var targets = await db.SatisfactionTargets.Select(t => new { t.Year, t.Target }).ToListAsync();
        Assert.Equal([(2026, 92.5)], targets.Select(t => (t.Year, t.Target)));
    }

    [Fact]
    public async Task Bad_answers_are_refused_with_their_codes_and_change_nothing()
    {
        var openedOnDelta = await Client.MutateAsync("openServiceCase", "serviceCase { id }",
            new { accountId = Known.Id("Delta School"), kind = "REQUEST", severity = "LOW", channel = "PHONE", subject = "x" });
        var deltaCase = openedOnDelta.At("serviceCase.id").GetString();
        async Task<List<string>> Refused(object input) =>
            ErrorTypes(await Client.MutateAsync("recordSatisfaction", "satisfactionSurvey { id }", input));

        var alpha = Known.Id("Alpha Industries");
        Assert.Equal(["SatisfactionOutOfRangeError", "TooLongError", "ContactNotOnAccountError", "CaseNotOnAccountError"], await Refused(new
        {
            accountId = alpha,
            contactId = _contacts["Delta School"],
            score = 100.5,
            channel = "EMAIL",
            comment = new string('x', 2001),
            caseId = deltaCase,
        }));
        Assert.Equal(["SatisfactionOutOfRangeError"], await Refused(new { accountId = alpha, contactId = _contacts["Alpha Industries"], score = -1.0, channel = "EMAIL" }));
        Assert.Equal(["ContactNotOnAccountError"], await Refused(new { accountId = alpha, contactId = GlobalId.Encode("Contact", 999), score = 80.0, channel = "EMAIL" }));
        Assert.Equal(["InvalidIdError"], await Refused(new { accountId = alpha, contactId = Known.Id("Delta School"), score = 80.0, channel = "EMAIL" }));
        Assert.Equal(["AccountNotFoundError"], await Refused(new { accountId = GlobalId.Encode("Account", 999), contactId = _contacts["Alpha Industries"], score = 80.0, channel = "EMAIL" }));
        Assert.Equal(["AccountArchivedError"], await Refused(new { accountId = Known.Id("Zulu Archived"), contactId = _contacts["Alpha Industries"], score = 80.0, channel = "EMAIL" }));
        var codes = await Client.DataAsync("""
            mutation($input: RecordSatisfactionInput!) {
                recordSatisfaction(input: $input) {
                    errors {
                        ... on Error {
                            code
                        }
                    }
                }
            }
            """, new { input = new { accountId = alpha, contactId = _contacts["Alpha Industries"], score = 120.0, channel = "EMAIL", caseId = deltaCase } });
        Assert.Equal(["SATISFACTION_OUT_OF_RANGE", "CASE_NOT_ON_ACCOUNT"], codes.At("recordSatisfaction.errors").Strings("code"));

        // Staff record answers on their own accounts only: Li may not on Zhao's Delta School.
        var li = Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
        var colleague = await li.PostAsync("""
            mutation($input: RecordSatisfactionInput!) {
                recordSatisfaction(input: $input) {
                    satisfactionSurvey {
                        id
                    }
                }
            }
            """, new { input = new { accountId = Known.Id("Delta School"), contactId = _contacts["Delta School"], score = 10.0, channel = "VISIT" } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], colleague.ErrorCodes);

        await using var db = Factory.Db();
        Assert.False(await db.SatisfactionSurveys.AnyAsync());
        Assert.Equal((95.5, 60.0), (await Satisfaction("Alpha Industries"), await Satisfaction("Delta School")));

        // Li's own account, with a case of its own: recorded, and the account's version is left alone.
        var own = await Client.MutateAsync("openServiceCase", "serviceCase { id }",
            new { accountId = alpha, kind = "COMPLAINT", severity = "LOW", channel = "PHONE", subject = "y" });
        var recorded = await Record("Alpha Industries", 40, li, own.At("serviceCase.id").GetString());
        Assert.Equal(40, recorded.At("account.satisfaction").GetDouble());
        var survey = await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on SatisfactionSurvey {
                        score channel recordedAt recordedBy
                        serviceCase {
                            subject
                        }
                        account {
                            version
                        }
                    }
                }
            }
            """, new { id = recorded.At("satisfactionSurvey.id").GetString() });
        Assert.Equal(("y", "2026-11-27T08:00:00Z", 1), (survey.At("node.serviceCase.subject").GetString(),
            survey.At("node.recordedAt").GetString(), survey.At("node.account.version").GetInt32()));
        Assert.StartsWith("account_manager-", survey.At("node.recordedBy").GetString());
    }
}
