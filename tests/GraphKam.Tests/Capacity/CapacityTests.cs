using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Capacity;

/// <summary>
/// Capacity and activity quotas on the known book (clock at Friday 2026-11-27 08:00 UTC), with capacities of 2 outside
/// and 3 inside accounts: Li (account manager) owns Alpha Industries, alpha beta Bank and the telecom head office;
/// Zhao (inside sales) owns Bravo Éclair Power and Delta School; Wu (account manager) is added with nothing. Default
/// tiers: alpha beta Bank and the head office A1, Alpha Industries A2, Bravo and Delta School C.
/// </summary>
public sealed class CapacityTests : KnownDataTest
{
    private int _wu;

    public override async Task InitializeAsync()
    {
        Factory.Settings["GraphKam:Capacity:OutsideAccounts"] = "2";
        Factory.Settings["GraphKam:Capacity:InsideAccounts"] = "3";
        await base.InitializeAsync();
        await using var db = Factory.Db();
        var wu = new User { Name = "Wu Lei", Email = "wu@test", Role = UserRole.AccountManager };
        db.People.Add(wu);
        await db.SaveChangesAsync();
        _wu = wu.Id;
    }

    private async Task JoinAsync(string account, string user, string role, string? since = null)
    {
        var payload = await Client.MutateAsync("addAccountTeamMember", "accountTeamMember { id }",
            new { accountId = Known.Id(account), userId = Known.UserId(user), role, since });
        Assert.Empty(ErrorTypes(payload));
    }

    /// <summary>The rows as "name coverage accounts/capacity over [tier:count …]", in the order given.</summary>
    private async Task<List<string>> CapacityAsync(object? where = null)
    {
        var data = await Client.DataAsync("""
            query($where: SalesCapacityFilterInput) {
                salesCapacity(where: $where) {
                    user { name }
                    coverage accounts capacity overCapacity load
                    byTier { tierCode count }
                }
            }
            """, new { where });
        return [.. data.GetProperty("salesCapacity").EnumerateArray().Select(r =>
        {
            var tiers = string.Join(" ", r.GetProperty("byTier").EnumerateArray()
                .Select(t => $"{t.GetProperty("tierCode").GetString() ?? "-"}:{t.GetProperty("count").GetInt32()}"));
            Assert.Equal((double)r.GetProperty("accounts").GetInt32() / r.GetProperty("capacity").GetInt32(), r.GetProperty("load").GetDouble(), 9);
            return $"{r.At("user.name").GetString()} {r.GetProperty("coverage").GetString()} {r.GetProperty("accounts").GetInt32()}/"
                + $"{r.GetProperty("capacity").GetInt32()} {(r.GetProperty("overCapacity").GetBoolean() ? "over" : "ok")} [{tiers}]";
        })];
    }

    [Fact]
    public async Task Each_rep_covers_owned_accounts_and_coverage_seats_on_teams()
    {
        // Zhao takes an inside seat on Alpha's team (counts), supports Echo as engineer (no seat), and joins the
        // Xinjiang branch only next week (not yet); Li takes an outside seat on Bravo, which Zhao owns.
        await JoinAsync("Alpha Industries", "Zhao Min", "INSIDE_SALES");
        await JoinAsync("Echo Gov Bureau", "Zhao Min", "SOLUTION_ENGINEER");
        await JoinAsync("中国电信新疆分公司", "Zhao Min", "INSIDE_SALES", since: "2026-12-04T00:00:00Z");
        await JoinAsync("Bravo Éclair Power", "李强 Li Qiang", "OUTSIDE_SALES");

        Assert.Equal(
        [
            "李强 Li Qiang OUTSIDE 4/2 over [A1:2 A2:1 C:1]",
            "Zhao Min INSIDE 3/3 ok [A2:1 C:2]",
            "Wu Lei OUTSIDE 0/2 ok []",
        ], await CapacityAsync());
        Assert.Equal(["李强 Li Qiang OUTSIDE 4/2 over [A1:2 A2:1 C:1]"], await CapacityAsync(new { overCapacity = true }));
        Assert.Equal(["Zhao Min INSIDE 3/3 ok [A2:1 C:2]"], await CapacityAsync(new { coverage = "INSIDE" }));
        Assert.Equal(["Wu Lei OUTSIDE 0/2 ok []"], await CapacityAsync(new { userIds = new[] { GlobalId.Encode("User", _wu) } }));

        // Archiving an account frees its seat.
        Assert.Empty(ErrorTypes(await Client.MutateAsync("archiveAccount", "account { id }", new { id = Known.Id("Delta School") })));
        Assert.Equal("Zhao Min INSIDE 2/3 ok [A2:1 C:1]", (await CapacityAsync(new { coverage = "INSIDE" })).Single());
    }

    private async Task LogAsync(string user, string type, string occurredAt)
    {
        var payload = await Client.MutateAsync("logActivity", "activity { id }", new
        {
            accountId = Known.Id("Alpha Industries"),
            type,
            occurredAt,
            summary = $"{type} by {user}",
            ownerId = Known.UserId(user),
        });
        Assert.Empty(ErrorTypes(payload));
    }

    [Fact]
    public async Task Visits_and_meetings_against_the_quotas_of_the_working_days_so_far()
    {
        foreach (var day in new[] { "02", "10", "27" }) await LogAsync("李强 Li Qiang", "VISIT", $"2026-11-{day}T03:00:00Z");
        await LogAsync("李强 Li Qiang", "MEETING", "2026-11-05T03:00:00Z");
        await LogAsync("李强 Li Qiang", "MEETING", "2026-11-06T03:00:00Z");
        await LogAsync("李强 Li Qiang", "CALL", "2026-11-06T04:00:00Z");
        await LogAsync("李强 Li Qiang", "VISIT", "2026-10-30T03:00:00Z"); // the month before
        await LogAsync("Zhao Min", "MEETING", "2026-11-20T03:00:00Z");

        var data = await Client.DataAsync("""
            {
                byOwner: activityAttainment(period: "2026-11", groupBy: OWNER) {
                    period workingDays weeks
                    rows { key user { name } team people visits visitQuota visitAttainment meetings meetingQuota meetingAttainment }
                }
                byTeam: activityAttainment(period: "2026-11", groupBy: TEAM) {
                    rows { key user { name } team people visits visitQuota meetings meetingQuota }
                }
                december: activityAttainment(period: "2026-12") {
                    workingDays rows { visitQuota visitAttainment }
                }
            }
            """);
        // November 2026 began on a Sunday: Monday 2 to Friday 27 are 20 working days, 4 weeks; quotas 60 visits, 48 meetings.
        Assert.Equal((20, 4.0), (data.At("byOwner.workingDays").GetInt32(), data.At("byOwner.weeks").GetDouble()));
        static string Row(JsonElement r) => $"{r.GetProperty("key").GetString()} {r.GetProperty("people").GetInt32()} "
            + $"{r.GetProperty("visits").GetInt32()}/{r.GetProperty("visitQuota").GetInt32()} "
            + $"{r.GetProperty("meetings").GetInt32()}/{r.GetProperty("meetingQuota").GetInt32()}";
        var byOwner = data.At("byOwner.rows").EnumerateArray().ToList();
        Assert.Equal(["Wu Lei 1 0/60 0/48", "Zhao Min 1 0/60 1/48", "李强 Li Qiang 1 3/60 5/48"], byOwner.Select(Row));
        Assert.Equal((0.05, 5 / 48.0), (byOwner[2].GetProperty("visitAttainment").GetDouble(), byOwner[2].GetProperty("meetingAttainment").GetDouble()));
        Assert.Equal(("李强 Li Qiang", "OUTSIDE"), (byOwner[2].At("user.name").GetString(), byOwner[2].GetProperty("team").GetString()));
        var byTeam = data.At("byTeam.rows").EnumerateArray().ToList();
        Assert.Equal(["OUTSIDE 2 3/120 5/96", "INSIDE 1 0/60 1/48"], byTeam.Select(Row));
        Assert.Equal(JsonValueKind.Null, byTeam[0].GetProperty("user").ValueKind);

        // A period not begun has no working days yet: no quota, no attainment.
        Assert.Equal(0, data.At("december.workingDays").GetInt32());
        Assert.All(data.At("december.rows").EnumerateArray(), r =>
            Assert.Equal((0, JsonValueKind.Null), (r.GetProperty("visitQuota").GetInt32(), r.GetProperty("visitAttainment").ValueKind)));
        // Digits of other scripts match a regular expression's \d but are no year: refused, not an internal error.
        foreach (var period in new[] { "11/2026", "２０２６", "٢٠٢٦-11" })
        {
            var refused = await Client.PostAsync("query($p: String!) { activityAttainment(period: $p) { workingDays } }",
                new { p = period });
            Assert.Equal(["INVALID_PERIOD"], refused.ErrorCodes);
        }
    }

    [Fact]
    public async Task Partners_are_refused_capacity_and_attainment()
    {
        var distributor = (await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "P1 Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" })).At("distributor.id").GetString()!;
        var partner = Factory.Logins.ClientAs(Roles.Partner, distributorId: GlobalId.ParseKey(distributor, "Distributor"));
        foreach (var query in new[] { "{ salesCapacity { accounts } }", """{ activityAttainment(period: "2026-11") { workingDays } }""" })
        {
            var response = await partner.PostAsync(query);
            Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes);
            Assert.False(response.HasData && response.Data.ValueKind == JsonValueKind.Object);
        }
    }
}
