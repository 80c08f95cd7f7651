using System.Text.Json;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Service;

/// <summary>
/// The demo's year of service is what a well-run team shows: most class A accounts visited and reviewed on time, a
/// handful of exceptions to act on (some open cases past their deadline among them), a year of cases and surveys.
/// </summary>
public sealed class DemoServiceTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task The_demo_year_of_service_looks_like_a_well_run_team()
    {
        var data = await fixture.Client.DataAsync("""
            { accounts(first: 500) { totalCount nodes { tier { code } serviceStatus { exceptions } } }
              serviceExceptions(first: 500) { nodes { kind count } }
              cases: serviceCases(first: 1) { totalCount }
              kinds: serviceCases(first: 500, where: { openedAt: { gte: "2026-01-01T00:00:00Z" } }) { nodes { kind status breached } }
              open: serviceCases(first: 500, where: { status: { in: [OPEN, ACKNOWLEDGED, REOPENED] } }) { nodes { breached } }
              satisfactionOverview { target months { responses } } }
            """);
        var accounts = data.At("accounts.nodes").EnumerateArray().ToList();
        var classA = accounts.Where(a => a.At("tier.code").GetString()!.StartsWith('A')).ToList();
        Assert.NotEmpty(classA);
        bool Keeps(JsonElement account, string kind) =>
            !account.At("serviceStatus.exceptions").EnumerateArray().Any(e => e.GetString() == kind);
        Assert.InRange(classA.Count(a => Keeps(a, "VISIT_OVERDUE")), classA.Count * 0.85, classA.Count);
        Assert.InRange(classA.Count(a => Keeps(a, "REVIEW_OVERDUE")), classA.Count * 0.85, classA.Count);

        // A handful of each kind to act on, not hundreds.
        var exceptions = data.At("serviceExceptions.nodes").EnumerateArray().GroupBy(e => e.GetProperty("kind").GetString())
            .ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(["NO_DEDICATED_MANAGER", "REVIEW_OVERDUE", "SLA_BREACHED", "VISIT_OVERDUE"], exceptions.Keys.Order());
        Assert.All(exceptions.Values, count => Assert.InRange(count, 1, accounts.Count / 10));

        // Hundreds of cases over the year, every kind, most closed; a few still open, some of those past a deadline.
        Assert.InRange(data.At("cases.totalCount").GetInt32(), 300, 2_000);
        var thisYear = data.At("kinds.nodes").EnumerateArray().ToList();
        Assert.Equal(["COMPLAINT", "INCIDENT", "PRAISE", "REQUEST"], thisYear.Select(c => c.GetProperty("kind").GetString()).Distinct().Order());
        Assert.True(thisYear.Count(c => c.GetProperty("status").GetString() == "CLOSED") > thisYear.Count * 3 / 4);
        var open = data.At("open.nodes").EnumerateArray().ToList();
        Assert.InRange(open.Count, 3, 40);
        Assert.InRange(open.Count(c => c.GetProperty("breached").GetBoolean()), 1, open.Count - 1);

        // Surveys in every month of the year so far, against a target.
        Assert.NotEqual(JsonValueKind.Null, data.At("satisfactionOverview.target").ValueKind);
        var months = data.At("satisfactionOverview.months").EnumerateArray().Take(FakeNow.Month).ToList();
        Assert.All(months, m => Assert.True(m.GetProperty("responses").GetInt32() > 0));
    }

    [Fact]
    public async Task The_demo_history_happens_within_each_accounts_life_and_each_case_in_order()
    {
        await using var db = fixture.Factory.Db();
        Assert.False(await db.ServiceCases.AnyAsync(c => c.OpenedAt < c.Account!.CreatedAt));
        Assert.False(await db.SatisfactionSurveys.AnyAsync(s => s.RecordedAt < s.Account!.CreatedAt));
        Assert.False(await db.Activities.AnyAsync(a => a.OccurredAt < a.Account!.CreatedAt));
        Assert.False(await db.ServiceCases.AnyAsync(c => c.OwnerId == null && c.Account!.OwnerId != null));

        // Each case's history, in the order it was written, is in time order and each entry's status follows from the
        // one before: an escalation carries the status the case had at its deadline.
        var history = (await db.ServiceCaseChanges.OrderBy(h => h.Id)
                .Select(h => new { h.CaseId, h.Kind, h.FromStatus, h.ToStatus, h.ChangedAt }).ToListAsync())
            .GroupBy(h => h.CaseId).ToList();
        Assert.NotEmpty(history);
        foreach (var steps in history)
        {
            var status = ServiceCaseStatus.Open;
            var at = DateTime.MinValue;
            foreach (var step in steps)
            {
                Assert.True(step.ChangedAt >= at, $"case {steps.Key}: {step.Kind} at {step.ChangedAt:u} after {at:u}");
                if (step.Kind == ServiceCaseChangeKind.StatusChanged) Assert.Equal(status, step.FromStatus);
                else Assert.Equal(status, step.ToStatus);
                (status, at) = (step.ToStatus, step.ChangedAt);
            }
        }
    }

    private static DateTimeOffset FakeNow => GraphKamFactory.ClockStart;
}
