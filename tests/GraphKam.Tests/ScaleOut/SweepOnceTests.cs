using GraphKam.Server.Data;
using GraphKam.Server.Health;
using GraphKam.Server.Tiers;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphKam.Tests.ScaleOut;

/// <summary>
/// Background work runs once across instances: two servers on one PostgreSQL database sweeping expired tier
/// overrides at the same moment end each override once, with one history row, not one per instance; two health
/// watches publish a change of band once.
/// </summary>
public sealed class SweepOnceTests : IDisposable
{
    // The timers never fire by themselves here (the clocks move two hours, the interval is a day): the test starts
    // both sweeps together.
    private const string NoTimer = "1.00:00:00";

    private readonly GraphKamFactory _a = new()
    {
        Settings = { ["GraphKam:Tiers:ExpirySweepInterval"] = NoTimer, ["GraphKam:Health:SweepInterval"] = NoTimer },
    };
    private readonly GraphKamFactory _b;

    public SweepOnceTests() => _b = new GraphKamFactory
    {
        Settings =
        {
            ["GraphKam:SeedDemoData"] = "false",
            ["GraphKam:Tiers:ExpirySweepInterval"] = NoTimer,
            ["GraphKam:Health:SweepInterval"] = NoTimer,
            ["ConnectionStrings:GraphKam"] = _a.ConnectionString,
            ["GraphKam:Auth:SigningKey"] = _a.Settings["GraphKam:Auth:SigningKey"],
        },
    };

    [PostgreSqlFact]
    public async Task Two_instances_sweeping_together_end_each_expired_override_once()
    {
        var client = _a.Client();
        var tiers = await client.DataAsync("""
            {
              accounts(first: 3) { nodes { id tier { code } } }
              tierPolicies { tiers { code } }
            }
            """);
        var codes = tiers.At("tierPolicies")[0].GetProperty("tiers").Strings("code");
        var expires = _a.Clock.GetUtcNow().AddHours(1);
        foreach (var account in tiers.At("accounts.nodes").EnumerateArray())
        {
            var other = codes.First(code => code != account.At("tier.code").GetString());
            var payload = await client.MutateAsync("overrideAccountTier", "account { id }", new
            {
                accountId = account.GetProperty("id").GetString(),
                tierCode = other,
                reason = "Trial",
                expiresAt = expires,
            });
            Assert.Empty(GraphQLClient.ErrorTypes(payload));
        }
        _a.Clock.Advance(TimeSpan.FromHours(2));
        _b.Clock.Advance(TimeSpan.FromHours(2));

        var swept = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => SweepAsync(i % 2 == 0 ? _a : _b)));

        Assert.Equal(3, swept.Sum());
        await using var db = _a.Db();
        Assert.Equal(3, await db.Set<TierChange>().CountAsync(change => change.Reason == "override expired"));
        Assert.Equal(0, await db.AccountTiers.CountAsync(tier => tier.OverrideExpiresAt != null));
    }

    [PostgreSqlFact]
    public async Task Two_health_watches_seeing_the_same_change_of_band_publish_it_once()
    {
        var client = _a.Client();
        Assert.Empty(await _a.Services.GetRequiredService<HealthWatch>().SweepAsync(CancellationToken.None)); // records the bands
        var healthy = (await client.DataAsync("""
            {
              accounts(first: 50) { nodes { id health { band } } }
            }
            """)).At("accounts.nodes").EnumerateArray().First(a => a.At("health.band").GetString() == "HEALTHY").GetProperty("id").GetString();
        // 30 points off a healthy score (75 or more) takes it out of HEALTHY, whatever it was.
        await client.MutateAsync("addContact", "contact { id }",
            new { accountId = healthy, name = "GM", buyingRole = "DECISION_MAKER", attitude = "OPPONENT" });
        await client.MutateAsync("openServiceCase", "serviceCase { id }",
            new { accountId = healthy, kind = "COMPLAINT", severity = "LOW", channel = "PHONE", subject = "Unhappy" });

        var seen = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            (i % 2 == 0 ? _a : _b).Services.GetRequiredService<HealthWatch>().SweepAsync(CancellationToken.None))));

        var change = Assert.Single(seen.SelectMany(changes => changes));
        Assert.Equal(HealthBand.Healthy, change.FromBand);
    }

    private static Task<int> SweepAsync(GraphKamFactory server) => Task.Run(() =>
        server.Services.GetServices<IHostedService>().OfType<TierOverrideExpiry>().Single()
            .SweepAsync(CancellationToken.None));

    public void Dispose()
    {
        _b.Dispose();
        _a.Dispose();
    }
}
