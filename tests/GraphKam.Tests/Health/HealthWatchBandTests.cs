using GraphKam.Server.Data;
using GraphKam.Server.Health;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphKam.Tests.Health;

/// <summary>
/// The health watch reads each account's score once and bands it itself, where health lists band the score in SQL:
/// both must give every account the same score and band, a score below zero included (raised to 0, banded as it was).
/// A list computes each account's signals once however often the score is used.
/// </summary>
public sealed class HealthWatchBandTests : KnownDataTest
{
    public HealthWatchBandTests()
    {
        // Every account starts at 75 (visit and review overdue): HEALTHY. An opposed decision maker takes 100, which
        // leaves a score below zero, and only such scores are AT_RISK.
        Factory.Settings["GraphKam:Health:Weights:OpposedDecisionMaker"] = "100";
        Factory.Settings["GraphKam:Health:AtRiskBelow"] = "0";
    }

    [Fact]
    public async Task The_watch_records_the_score_and_band_a_health_list_shows_for_every_account()
    {
        await Client.MutateAsync("addContact", "contact { id }", new
        {
            accountId = Known.Id("Echo Gov Bureau"),
            name = "CFO",
            buyingRole = "FINANCIAL_GATEKEEPER",
            attitude = "OPPONENT",
        }); // 75 - 100: AT_RISK, score 0
        await Client.MutateAsync("openServiceCase", "serviceCase { id }", new
        {
            accountId = Known.Id("Delta School"),
            kind = "COMPLAINT",
            severity = "LOW",
            channel = "PHONE",
            subject = "noise",
        }); // 75 - 15: WATCH
        await Factory.Services.GetRequiredService<HealthWatch>().SweepAsync(CancellationToken.None); // records every band

        await using var db = Factory.Db();
        var options = Factory.Services.GetRequiredService<IOptions<HealthOptions>>().Value;
        var listed = await AccountHealthQuery.Query(db, Factory.Clock.GetUtcNow().UtcDateTime, options)
            .Select(h => new { h.Id, h.Score, h.Band }).ToListAsync();
        var recorded = await db.Set<AccountHealthBand>().ToDictionaryAsync(b => b.AccountId);

        Assert.Equal(listed.Count, recorded.Count);
        Assert.All(listed, h => Assert.Equal((h.Score, h.Band), (recorded[h.Id].Score, recorded[h.Id].Band)));
        // Every band occurs, and AT_RISK only from scores below zero (a band of the raised score would say WATCH).
        Assert.Equal([HealthBand.Healthy, HealthBand.Watch, HealthBand.AtRisk], listed.Select(h => h.Band).Distinct().Order());
        Assert.All(listed.Where(h => h.Band == HealthBand.AtRisk), h => Assert.Equal(0, h.Score));
    }

    [Fact]
    public async Task A_health_list_reads_each_signal_once_per_account_whatever_uses_the_score()
    {
        Factory.Sql.Clear();
        await Client.DataAsync("{ atRiskAccounts(first: 5) { totalCount nodes { score band } } }");

        // The score is clamped, banded, filtered on and ordered by; each use once copied every signal's subqueries into
        // the statement again (the page read the surveys 22 times). Now the surveys of this period and the one before
        // are read for their own columns and once inside the score: 4.
        var statements = Factory.Sql.Commands.Where(c => c.Contains("\"SatisfactionSurveys\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, statements.Count); // the page and its totalCount
        Assert.All(statements, sql =>
            Assert.InRange(sql.Split("FROM \"SatisfactionSurveys\"", StringSplitOptions.None).Length - 1, 2, 4));
    }
}
