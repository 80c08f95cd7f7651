using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Funnel;

/// <summary>
/// Deal splits on a hand-made set of deals (clock at 2026-11-27 08:00 UTC), created by the director:
/// D1 Alpha Industries (Li's) 100,000 in COMMIT, closing 2027-01-15: revenue Li 60 %, Zhao 40 %; overlay Wu 100 %.
/// D2 Delta School (Zhao's) 30,000.01 in IDENTIFY, closing 2027-02-01: revenue Zhao 33.33 %, Li 66.67 %.
/// D3 alpha beta Bank (Li's) 200,000, won now: revenue Li 33.33 %, Zhao 33.33 %, Wu 33.34 %.
/// D4 Echo Gov Bureau (no owner) 10,000.01 in IDENTIFY: no splits, so its owner (none) has it all.
/// </summary>
public sealed class SplitTests : KnownDataTest
{
    private readonly Dictionary<string, string> _deals = [];
    private int _wu;

    private string Li => Known.UserId("李强 Li Qiang");
    private string Zhao => Known.UserId("Zhao Min");
    private string Wu => GlobalId.Encode("User", _wu);

    private const string Selection = """
        opportunity {
            version
            splits {
                user { name }
                percent role
            }
        }
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using (var db = Factory.Db())
        {
            var wu = new User { Name = "Wu Lei", Email = "wu@test", Role = UserRole.AccountManager };
            db.People.Add(wu);
            await db.SaveChangesAsync();
            _wu = wu.Id;
        }
        await Create("D1", "Alpha Industries", 100_000m, "COMMIT", "2027-01-15T00:00:00Z");
        await Create("D2", "Delta School", 30_000.01m, "IDENTIFY", "2027-02-01T00:00:00Z");
        await Create("D3", "alpha beta Bank", 200_000m, "NEGOTIATE", null);
        await Create("D4", "Echo Gov Bureau", 10_000.01m, "IDENTIFY", null);
        var won = await Client.MutateAsync("closeOpportunity", "opportunity { id }", new { id = _deals["D3"], won = true, version = 1 });
        Assert.Empty(ErrorTypes(won));
    }

    private async Task Create(string name, string account, decimal amount, string stageKey, string? closes)
    {
        var payload = await Client.MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = Known.Id(account), name, amount, stageKey, expectedCloseDate = closes });
        Assert.Empty(ErrorTypes(payload));
        _deals[name] = payload.At("opportunity.id").GetString()!;
    }

    private async Task<int> VersionAsync(string deal) =>
        (await Client.DataAsync("query($id: ID!) { opportunity(id: $id) { version } }", new { id = _deals[deal] }))
        .At("opportunity.version").GetInt32();

    private async Task<JsonElement> SetAsync(string deal, object[] splits, string splitType = "REVENUE",
        GraphQLClient? client = null, int? version = null) =>
        await (client ?? Client).MutateAsync("setOpportunitySplits", Selection, new
        {
            opportunityId = _deals[deal],
            version = version ?? await VersionAsync(deal),
            splitType,
            splits,
        });

    private static object Share(string userId, decimal percent, string role = "OUTSIDE_SALES") => new { userId, percent, role };

    private async Task SetAllAsync()
    {
        foreach (var (deal, splits, type) in new (string, object[], string)[]
        {
            ("D1", [Share(Li, 60m, "OWNER"), Share(Zhao, 40m, "INSIDE_SALES")], "REVENUE"),
            ("D1", [Share(Wu, 100m, "SOLUTION_ENGINEER")], "OVERLAY"),
            ("D2", [Share(Zhao, 33.33m, "OWNER"), Share(Li, 66.67m)], "REVENUE"),
            ("D3", [Share(Li, 33.33m, "OWNER"), Share(Zhao, 33.33m, "INSIDE_SALES"), Share(Wu, 33.34m)], "REVENUE"),
        })
            Assert.Empty(ErrorTypes(await SetAsync(deal, splits, type)));
    }

    /// <summary>The deal's version and its splits as "name percent role" text, largest share first.</summary>
    private async Task<(int Version, string Splits)> ReadAsync(string deal, string type = "REVENUE")
    {
        var data = await Client.DataAsync("""
            query($id: ID!, $type: SplitType!) {
                opportunity(id: $id) {
                    version
                    splits(splitType: $type) { user { name } percent role splitType }
                }
            }
            """, new { id = _deals[deal], type });
        var splits = data.At("opportunity.splits").EnumerateArray().Select(s =>
        {
            Assert.Equal(type, s.GetProperty("splitType").GetString());
            return FormattableString.Invariant($"{s.At("user.name").GetString()} {s.GetProperty("percent").GetDecimal()} {s.GetProperty("role").GetString()}");
        });
        return (data.At("opportunity.version").GetInt32(), string.Join(", ", splits));
    }

    [Fact]
    public async Task Splits_are_set_as_a_whole_and_bump_the_version()
    {
        var payload = await SetAsync("D1", [Share(Zhao, 40m, "INSIDE_SALES"), Share(Li, 60m, "OWNER")]);
        Assert.Empty(ErrorTypes(payload));
        Assert.Equal(2, payload.At("opportunity.version").GetInt32());
        Assert.Equal((2, "李强 Li Qiang 60 OWNER, Zhao Min 40 INSIDE_SALES"), await ReadAsync("D1"));

        // Replacing keeps a person who stays, drops one who goes; the overlay split is its own whole.
        Assert.Empty(ErrorTypes(await SetAsync("D1", [Share(Li, 100m, "OWNER")])));
        Assert.Empty(ErrorTypes(await SetAsync("D1", [Share(Wu, 25m), Share(Zhao, 75m)], "OVERLAY")));
        Assert.Equal((4, "李强 Li Qiang 100 OWNER"), await ReadAsync("D1"));
        Assert.Equal("Zhao Min 75 OUTSIDE_SALES, Wu Lei 25 OUTSIDE_SALES", (await ReadAsync("D1", "OVERLAY")).Splits);

        // An empty list clears the type: the owner has all the credit again.
        Assert.Empty(ErrorTypes(await SetAsync("D1", [])));
        Assert.Equal((5, ""), await ReadAsync("D1"));
        Assert.Equal("Zhao Min 75 OUTSIDE_SALES, Wu Lei 25 OUTSIDE_SALES", (await ReadAsync("D1", "OVERLAY")).Splits);
    }

    [Fact]
    public async Task Every_bad_split_is_refused_and_changes_nothing()
    {
        await SetAllAsync();
        var before = await ReadAsync("D1");
        var partner = await PartnerPersonAsync();

        Assert.Equal(["SplitSumError"], ErrorTypes(await SetAsync("D1", [Share(Li, 60m), Share(Zhao, 39.99m)])));
        Assert.Equal(["SplitSumError"], ErrorTypes(await SetAsync("D1", [Share(Li, 60m), Share(Zhao, 40.01m)])));
        Assert.Equal(["SplitSumError"], ErrorTypes(await SetAsync("D1", [Share(Wu, 50m)], "OVERLAY")));
        Assert.Equal(["DuplicateSplitUserError"], ErrorTypes(await SetAsync("D1", [Share(Li, 50m), Share(Li, 50m)])));
        Assert.Equal(["SplitPercentError", "SplitPercentError"],
            ErrorTypes(await SetAsync("D1", [Share(Li, 0m), Share(Zhao, 100m), Share(Wu, -0m)])));
        Assert.Equal(["SplitPercentError", "SplitPercentError"],
            ErrorTypes(await SetAsync("D1", [Share(Li, 100.5m), Share(Zhao, -0.5m)])));
        Assert.Equal(["SplitPercentError", "SplitPercentError"],
            ErrorTypes(await SetAsync("D1", [Share(Li, 33.335m), Share(Zhao, 66.665m)])));
        Assert.Equal(["OwnerNotStaffError"], ErrorTypes(await SetAsync("D1", [Share(Li, 50m), Share(partner, 50m)])));
        var nobody = GlobalId.Encode("User", 987_654);
        Assert.Equal(["OwnerNotFoundError"], ErrorTypes(await SetAsync("D1", [Share(nobody, 100m)])));
        Assert.Equal(["InvalidIdError"], ErrorTypes(await SetAsync("D1", [Share(Known.Id("Alpha Industries"), 100m)])));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await SetAsync("D1", [Share(Li, 100m)], version: before.Version - 1)));
        var missing = await Client.MutateAsync("setOpportunitySplits", "opportunity { id }", new
        {
            opportunityId = GlobalId.Encode("Opportunity", 987_654),
            version = 1,
            splitType = "REVENUE",
            splits = new[] { Share(Li, 100m) },
        });
        Assert.Equal(["OpportunityNotFoundError"], ErrorTypes(missing));

        Assert.Equal(before, await ReadAsync("D1"));
        Assert.Equal("Wu Lei 100 SOLUTION_ENGINEER", (await ReadAsync("D1", "OVERLAY")).Splits);
        var code = await SetAsync("D1", [Share(Li, 10m)]);
        Assert.Equal("SPLIT_SUM", code.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Whoever_may_change_the_deal_sets_its_splits_and_partners_never()
    {
        var li = Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
        var zhao = Factory.Logins.ClientAs(Roles.InsideSales, personId: Known.UserIds["Zhao Min"]);
        Assert.Empty(ErrorTypes(await SetAsync("D1", [Share(Li, 50m), Share(Zhao, 50m)], client: li)));

        // Zhao neither owns D1 nor its account, nor is on its team: the write rule refuses, nothing changes.
        var refused = await zhao.PostAsync("""
            mutation($input: SetOpportunitySplitsInput!) {
                setOpportunitySplits(input: $input) { opportunity { version } }
            }
            """, new { input = new { opportunityId = _deals["D1"], version = 2, splitType = "REVENUE", splits = new[] { Share(Zhao, 100m) } } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes);
        Assert.Equal((2, "李强 Li Qiang 50 OUTSIDE_SALES, Zhao Min 50 OUTSIDE_SALES"), await ReadAsync("D1"));

        // On Alpha's team, Zhao works its deals as Li does.
        Assert.Empty(ErrorTypes(await Client.MutateAsync("addAccountTeamMember", "accountTeamMember { id }",
            new { accountId = Known.Id("Alpha Industries"), userId = Zhao, role = "INSIDE_SALES" })));
        Assert.Empty(ErrorTypes(await SetAsync("D1", [Share(Zhao, 100m)], client: zhao)));

        // A partner's own deal: its splits show (without the company's people), but only the company sets them.
        var distributor = (await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "P1 Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" })).At("distributor.id").GetString()!;
        var channelDeal = await Client.MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = Known.Id("Delta School"), name = "D5", amount = 5_000m, distributorId = distributor });
        _deals["D5"] = channelDeal.At("opportunity.id").GetString()!;
        Assert.Empty(ErrorTypes(await SetAsync("D5", [Share(Zhao, 100m, "OWNER")])));
        var partner = Factory.Logins.ClientAs(Roles.Partner, distributorId: GlobalId.ParseKey(distributor, "Distributor"));
        var partnerCall = await partner.PostAsync("""
            mutation($input: SetOpportunitySplitsInput!) {
                setOpportunitySplits(input: $input) { opportunity { version } }
            }
            """, new { input = new { opportunityId = _deals["D5"], version = 2, splitType = "REVENUE", splits = new[] { Share(Li, 100m) } } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", partnerCall.ErrorCodes);
        Assert.Equal((2, "Zhao Min 100 OWNER"), await ReadAsync("D5"));
        var seen = (await partner.PostAsync("""
            query($own: ID!, $other: ID!) {
                own: opportunity(id: $own) { splits { percent role user { name } } }
                other: opportunity(id: $other) { splits { percent } }
            }
            """, new { own = _deals["D5"], other = _deals["D1"] })).Data;
        Assert.Equal(100m, seen.At("own.splits")[0].GetProperty("percent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, seen.At("own.splits")[0].GetProperty("user").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("other").ValueKind);
    }

    [Fact]
    public async Task The_pipeline_by_owner_credits_each_split_and_keeps_the_totals()
    {
        await SetAllAsync();
        var data = await Client.DataAsync("""
            {
                pipeline(groupBy: OWNER) { key open weighted commit won count }
                byRegion: pipeline(groupBy: REGION) { open weighted commit won }
            }
            """);
        var rows = data.GetProperty("pipeline").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!,
            r => (r.GetProperty("open").GetDecimal(), r.GetProperty("weighted").GetDecimal(), r.GetProperty("commit").GetDecimal(),
                r.GetProperty("won").GetDecimal(), r.GetProperty("count").GetInt32()));
        // Open: D1 100,000 × 60/40 %, D2 30,000.01 × 66.67/33.33 %; weighted: D1 90,000, D2 3,000.00 (kept to the fen).
        Assert.Equal((60_000m + 20_001.006667m, 54_000m + 2_000.10m, 60_000m, 66_660m, 3), rows["李强 Li Qiang"]);
        Assert.Equal((40_000m + 9_999.003333m, 36_000m + 999.90m, 40_000m, 66_660m, 3), rows["Zhao Min"]);
        Assert.Equal((0m, 0m, 0m, 66_680m, 1), rows["Wu Lei"]);
        Assert.Equal((10_000.01m, 1_000m, 0m, 0m, 1), rows["(none)"]);
        Assert.Equal(4, rows.Count);

        // Every deal's amount is shared out whole: the owners' rows add up to the same totals as the regions'.
        var regions = data.GetProperty("byRegion").EnumerateArray().ToList();
        decimal Sum(IEnumerable<decimal> values) => values.Aggregate(0m, (a, b) => a + b);
        Assert.Equal(140_000.02m, Sum(rows.Values.Select(r => r.Item1)));
        Assert.Equal(Sum(regions.Select(r => r.GetProperty("open").GetDecimal())), Sum(rows.Values.Select(r => r.Item1)));
        Assert.Equal(Sum(regions.Select(r => r.GetProperty("weighted").GetDecimal())), Sum(rows.Values.Select(r => r.Item2)));
        Assert.Equal(Sum(regions.Select(r => r.GetProperty("won").GetDecimal())), Sum(rows.Values.Select(r => r.Item4)));
    }

    [Fact]
    public async Task The_forecast_by_owner_credits_each_split()
    {
        await SetAllAsync();
        await Client.MutateAsync("setSalesTarget", "salesTarget { amount }", new { ownerId = Wu, period = "2026-Q4", amount = 100_000m });
        var data = await Client.DataAsync("""
            {
                q4: forecast(period: "2026-Q4", groupBy: OWNER) { total { won forecast } rows { key won commit bestCase attainment } }
                q1: forecast(period: "2027-Q1", groupBy: OWNER) { total { commit bestCase } rows { key won commit bestCase } }
            }
            """);
        static Dictionary<string, (decimal, decimal, decimal)> Rows(JsonElement forecast) =>
            forecast.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!,
                r => (r.GetProperty("won").GetDecimal(), r.GetProperty("commit").GetDecimal(), r.GetProperty("bestCase").GetDecimal()));
        var q4 = Rows(data.GetProperty("q4"));
        Assert.Equal((66_660m, 0m, 0m), q4["李强 Li Qiang"]);
        Assert.Equal((66_660m, 0m, 0m), q4["Zhao Min"]);
        Assert.Equal((66_680m, 0m, 0m), q4["Wu Lei"]);
        Assert.Equal(0.6668, data.GetProperty("q4").GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("key").GetString() == "Wu Lei").GetProperty("attainment").GetDouble(), 6);
        Assert.Equal((200_000m, 200_000m), (data.At("q4.total.won").GetDecimal(), data.At("q4.total.forecast").GetDecimal()));

        // D1 commits in Q1 (D2 is only pipeline): 60/40 between Li and Zhao, the overlay changes nothing.
        var q1 = Rows(data.GetProperty("q1"));
        Assert.Equal((0m, 60_000m, 60_000m), q1["李强 Li Qiang"]);
        Assert.Equal((0m, 40_000m, 40_000m), q1["Zhao Min"]);
        Assert.Equal((0m, 0m, 0m), q1["Wu Lei"]); // a row for their share of D3, nothing in Q1
        Assert.Equal((100_000m, 100_000m), (data.At("q1.total.commit").GetDecimal(), data.At("q1.total.bestCase").GetDecimal()));
    }

    private async Task<string> PartnerPersonAsync()
    {
        await using var db = Factory.Db();
        var person = new User { Name = "Partner Person", Email = "partner@test", Role = UserRole.Partner };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return GlobalId.Encode("User", person.Id);
    }
}
