using GraphKam.Server.Data;
using GraphKam.Server.Demo;
using GraphKam.Server.Funnel;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Data;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_up_migrates_and_seeds_the_demo_data_into_an_empty_database()
    {
        using var factory = new GraphKamFactory { FromTemplate = false };
        var data = await factory.Client().DataAsync("{ accounts { totalCount } users { totalCount } }");

        Assert.True(data.At("accounts.totalCount").GetInt32() >= 300);
        // The demo team, two partners' users, and the test's own director.
        Assert.Equal(DemoNames_TeamSize + 2 + 1, data.At("users.totalCount").GetInt32());
        await using var db = factory.Db();
        Assert.Equal(DemoNames_TeamSize + 2, await db.Logins.CountAsync(l => l.Email!.EndsWith("@demo.graphkam")));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        if (db.Database.IsSqlite())
            Assert.Equal("wal", (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single());
    }

    private const int DemoNames_TeamSize = 11;

    [SqliteFact("PostgreSQL has neither pragmas nor a single writer to wait for.")]
    public async Task Every_connection_waits_for_a_busy_writer_and_enforces_foreign_keys()
    {
        using var factory = GraphKamFactory.Empty();
        await factory.Client().DataAsync("{ __typename }");
        await using var db = factory.Db();
        Assert.Equal(SqliteConnectionSetup.BusyTimeoutMilliseconds, (await db.Database.SqlQueryRaw<int>("PRAGMA busy_timeout").ToListAsync()).Single());
        Assert.Equal(1, (await db.Database.SqlQueryRaw<int>("PRAGMA foreign_keys").ToListAsync()).Single());
    }

    [Fact]
    public async Task The_demo_data_is_seeded_only_once_and_not_when_turned_off()
    {
        using var seeded = new GraphKamFactory();
        var first = await seeded.Client().DataAsync("{ accounts(first: 1) { totalCount } }");

        // A second server on the same (now non-empty) database must not seed again.
        using var again = new GraphKamFactory
        {
            Settings = { ["ConnectionStrings:GraphKam"] = seeded.ConnectionString },
        };
        var second = await again.Client().DataAsync("{ accounts(first: 1) { totalCount } }");
        Assert.Equal(first.At("accounts.totalCount").GetInt32(), second.At("accounts.totalCount").GetInt32());

        using var off = GraphKamFactory.Empty();
        var none = await off.Client().DataAsync("{ accounts { totalCount } users { totalCount } }");
        Assert.Equal(0, none.At("accounts.totalCount").GetInt32());
        Assert.Equal(1, none.At("users.totalCount").GetInt32()); // the test's own director: no demo users
        await using var db = off.Db();
        Assert.False(await db.Logins.AnyAsync(l => l.Email!.EndsWith("@demo.graphkam")));
    }

    [Fact]
    public void The_demo_data_is_deterministic_and_spread_as_the_brief_asks()
    {
        var stages = FunnelStageSeed.Stages().Select((s, i) => { s.Id = i + 1; return s; }).ToList();
        var one = DemoData.Create(KnownData.Jan2025, stages);
        var two = DemoData.Create(KnownData.Jan2025, stages);
        Assert.Equal(one.Accounts.Select(a => (a.Name, a.MonthlyRevenue, a.Region)), two.Accounts.Select(a => (a.Name, a.MonthlyRevenue, a.Region)));

        Assert.True(one.Accounts.Count >= 300);
        Assert.Equal(Enum.GetValues<Industry>().Order(), one.Accounts.Select(a => a.Industry).Distinct().Order());
        Assert.InRange(one.Accounts.Select(a => a.Region).Distinct().Count(), 16, 20);
        Assert.Contains(one.Accounts.Where(a => a.Parent != null).GroupBy(a => a.Parent), branches => branches.Count() >= 3);
        Assert.Contains(one.Accounts, a => a.Name.Any(c => c > 0x4E00));
        Assert.Contains(one.Accounts, a => a.Name.All(char.IsAscii));
        Assert.Equal(one.Accounts.Count, one.Accounts.Select(a => a.Name).Distinct().Count());
        Assert.Equal(3, one.Accounts.Select(a => a.Scale).Distinct().Count());
        Assert.True(one.Accounts.Max(a => a.MonthlyRevenue) > 100 * one.Accounts.Min(a => a.MonthlyRevenue));
        Assert.Contains(one.People, u => u.Role == UserRole.AccountManager && u.Email == "am1@demo.graphkam");

        // Organisation charts: 3 to 40 people, 2 to 5 levels, every buying role and style, plans and a year of activities.
        Assert.All(one.Accounts, a => Assert.InRange(a.Contacts.Count, 3, 40));
        static int Depth(Contact c) => c.ReportsTo == null ? 1 : 1 + Depth(c.ReportsTo);
        Assert.InRange(one.Accounts.Min(a => a.Contacts.Max(Depth)), 2, 2);
        Assert.InRange(one.Accounts.Max(a => a.Contacts.Max(Depth)), 5, 5);
        var everyone = one.Accounts.SelectMany(a => a.Contacts).ToList();
        Assert.Equal(Enum.GetValues<BuyingRole>(), everyone.Select(c => c.BuyingRole).Distinct().Order());
        Assert.Equal(Enum.GetValues<PersonalityStyle>(), everyone.Select(c => c.Style!.Value).Distinct().Order());
        Assert.Equal(Enum.GetValues<Attitude>(), everyone.Select(c => c.Attitude).Distinct().Order());
        Assert.Contains(everyone, c => c.RolePlan != null);
        var activities = one.Accounts.SelectMany(a => a.Activities).ToList();
        Assert.Equal(Enum.GetValues<ActivityKind>().Order(), activities.Select(a => a.Type).Distinct().Order());
        Assert.InRange(activities.Min(a => a.OccurredAt), KnownData.Jan2025.AddDays(-366), KnownData.Jan2025.AddDays(-300));
        Assert.True(activities.Max(a => a.OccurredAt) <= KnownData.Jan2025);

        // Opportunities: a few thousand over 18 months, in every stage, with histories that start at creation.
        var deals = one.Accounts.SelectMany(a => a.Opportunities).ToList();
        Assert.InRange(deals.Count, 2000, 5000);
        Assert.Equal(stages.Select(s => s.Id), deals.Select(d => d.StageId).Distinct().Order());
        Assert.All(deals, d => Assert.Equal(d.StageId, d.StageChanges[^1].ToStageId));
        Assert.All(deals, d => Assert.Null(d.StageChanges[0].FromStageId));
        Assert.True(deals.Min(d => d.CreatedAt) < KnownData.Jan2025.AddDays(-500));
        Assert.Contains(deals, d => d.Status == OpportunityStatus.Lost && d.LossReason != null);
        Assert.NotEmpty(one.Targets);
    }

    [Fact]
    public async Task Healthz_answers_when_the_database_does()
    {
        using var factory = GraphKamFactory.Empty();
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dashboard_is_served_from_the_top_level_wwwroot()
    {
        using var factory = GraphKamFactory.Empty();
        var response = await factory.CreateClient().GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GraphKam", await response.Content.ReadAsStringAsync());
    }
}
