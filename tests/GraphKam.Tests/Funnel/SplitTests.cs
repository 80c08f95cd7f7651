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
/// D3 alpha beta Bank (Li's) 200,000, won now: revenue Li 33.33 %, Zhao 33.33 %, Wu 33.34 % (set before it was won).
/// D4 Echo Gov Bureau (no owner) 10,000.01 in IDENTIFY: no splits, so its owner (none) has it all.
/// The deal's owner's share has role OWNER, and nobody else's does.
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
        Assert.Empty(ErrorTypes(await SetAsync("D3", [Share(Li, 33.33m, "OWNER"), Share(Zhao, 33.33m, "INSIDE_SALES"), Share(Wu, 33.34m)])));
        var won = await Client.MutateAsync("closeOpportunity", "opportunity { id }", new { id = _deals["D3"], won = true, version = 2 });
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
        GraphQLClient? client = null, int? version = null, string selection = Selection) =>
        await (client ?? Client).MutateAsync("setOpportunitySplits", selection, new
        {
            opportunityId = _deals[deal],
            version = version ?? await VersionAsync(deal),
            splitType,
            splits,
        });

    private static object Share(string userId, decimal percent, string role = "OUTSIDE_SALES") => new { userId, percent, role };

    /// <summary>A share of Li, who owns D1 and D3.</summary>
    private object Lis(decimal percent) => Share(Li, percent, "OWNER");

    private async Task SetAllAsync()
    {
        foreach (var (deal, splits, type) in new (string, object[], string)[]
        {
            ("D1", [Share(Li, 60m, "OWNER"), Share(Zhao, 40m, "INSIDE_SALES")], "REVENUE"),
            ("D1", [Share(Wu, 100m, "SOLUTION_ENGINEER")], "OVERLAY"),
            ("D2", [Share(Zhao, 33.33m, "OWNER"), Share(Li, 66.67m)], "REVENUE"),
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

        Assert.Equal(["SplitSumError"], ErrorTypes(await SetAsync("D1", [Lis(60m), Share(Zhao, 39.99m)])));
        Assert.Equal(["SplitSumError"], ErrorTypes(await SetAsync("D1", [Lis(60m), Share(Zhao, 40.01m)])));
        Assert.Equal(["SplitSumError"], ErrorTypes(await SetAsync("D1", [Share(Wu, 50m)], "OVERLAY")));
        Assert.Equal(["DuplicateSplitUserError"], ErrorTypes(await SetAsync("D1", [Lis(50m), Lis(50m)])));
        Assert.Equal(["SplitPercentError", "SplitPercentError"],
            ErrorTypes(await SetAsync("D1", [Lis(0m), Share(Zhao, 100m), Share(Wu, -0m)])));
        Assert.Equal(["SplitPercentError", "SplitPercentError"],
            ErrorTypes(await SetAsync("D1", [Lis(100.5m), Share(Zhao, -0.5m)])));
        Assert.Equal(["SplitPercentError", "SplitPercentError"],
            ErrorTypes(await SetAsync("D1", [Lis(33.335m), Share(Zhao, 66.665m)])));
        Assert.Equal(["OwnerNotStaffError"], ErrorTypes(await SetAsync("D1", [Lis(50m), Share(partner, 50m)])));
        var nobody = GlobalId.Encode("User", 987_654);
        Assert.Equal(["OwnerNotFoundError"], ErrorTypes(await SetAsync("D1", [Share(nobody, 100m)])));
        Assert.Equal(["InvalidIdError"], ErrorTypes(await SetAsync("D1", [Share(Known.Id("Alpha Industries"), 100m)])));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await SetAsync("D1", [Lis(100m)], version: before.Version - 1)));
        var missing = await Client.MutateAsync("setOpportunitySplits", "opportunity { id }", new
        {
            opportunityId = GlobalId.Encode("Opportunity", 987_654),
            version = 1,
            splitType = "REVENUE",
            splits = new[] { Lis(100m) },
        });
        Assert.Equal(["OpportunityNotFoundError"], ErrorTypes(missing));

        Assert.Equal(before, await ReadAsync("D1"));
        Assert.Equal("Wu Lei 100 SOLUTION_ENGINEER", (await ReadAsync("D1", "OVERLAY")).Splits);
        var code = await SetAsync("D1", [Lis(10m)]);
        Assert.Equal("SPLIT_SUM", code.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Role_OWNER_is_the_deal_owners_share_and_theirs_only()
    {
        await SetAllAsync();
        var before = (Revenue: await ReadAsync("D1"), Overlay: await ReadAsync("D1", "OVERLAY"), D4: await ReadAsync("D4"));

        // Li owns D1: Zhao may not hold its OWNER share, and Li's share is OWNER in either split type.
        var notOwner = await SetAsync("D1", [Lis(60m), Share(Zhao, 40m, "OWNER")], selection: WithUser);
        Assert.Equal([("SplitRoleMismatchError", "SPLIT_ROLE_MISMATCH", Zhao)], Mismatches(notOwner));
        var owner = await SetAsync("D1", [Share(Li, 60m, "INSIDE_SALES"), Share(Zhao, 40m)], selection: WithUser);
        Assert.Equal([("SplitRoleMismatchError", "SPLIT_ROLE_MISMATCH", Li)], Mismatches(owner));
        Assert.Equal([("SplitRoleMismatchError", "SPLIT_ROLE_MISMATCH", Li)],
            Mismatches(await SetAsync("D1", [Share(Li, 50m, "SOLUTION_ENGINEER"), Share(Wu, 50m, "SOLUTION_ENGINEER")], "OVERLAY", selection: WithUser)));
        // D4 has no owner, so nobody's share is OWNER.
        Assert.Equal([("SplitRoleMismatchError", "SPLIT_ROLE_MISMATCH", Zhao)], Mismatches(await SetAsync("D4", [Share(Zhao, 100m, "OWNER")], selection: WithUser)));

        Assert.Equal(before, (await ReadAsync("D1"), await ReadAsync("D1", "OVERLAY"), await ReadAsync("D4")));
        // Without Li, or with Li as OWNER, the split is taken.
        Assert.Empty(ErrorTypes(await SetAsync("D1", [Share(Wu, 100m, "SOLUTION_ENGINEER")])));
        Assert.Empty(ErrorTypes(await SetAsync("D4", [Share(Zhao, 100m, "INSIDE_SALES")])));
    }

    [Fact]
    public async Task A_deal_handed_to_another_owner_hands_over_its_OWNER_share()
    {
        await SetAllAsync();
        async Task<JsonElement> HandTo(string deal, string? ownerId) => await Client.MutateAsync("updateOpportunity",
            "opportunity { version }", new { id = _deals[deal], version = await VersionAsync(deal), ownerId });

        // Zhao already held 40 % of D1: Li's 60 % OWNER share joins it, and Zhao's share becomes the OWNER share.
        Assert.Empty(ErrorTypes(await HandTo("D1", Zhao)));
        Assert.Equal("Zhao Min 100 OWNER", (await ReadAsync("D1")).Splits);
        Assert.Equal("Wu Lei 100 SOLUTION_ENGINEER", (await ReadAsync("D1", "OVERLAY")).Splits);
        // Wu held nothing of D2: Zhao's OWNER share moves to Wu as it is.
        Assert.Empty(ErrorTypes(await HandTo("D2", Wu)));
        Assert.Equal("李强 Li Qiang 66.67 OUTSIDE_SALES, Wu Lei 33.33 OWNER", (await ReadAsync("D2")).Splits);

        // A deal with splits keeps an owner: its OWNER share would belong to nobody.
        var before = await ReadAsync("D2");
        Assert.Equal(["SplitsNeedOwnerError"], ErrorTypes(await HandTo("D2", null)));
        Assert.Equal(before, await ReadAsync("D2"));
        Assert.Empty(ErrorTypes(await SetAsync("D2", [])));
        Assert.Empty(ErrorTypes(await HandTo("D2", null)));
    }

    private const string WithUser = Selection + " errors { ... on SplitRoleMismatchError { userId } }";

    /// <summary>Each error's type, code and (for a role mismatch) the user it names.</summary>
    private static List<(string, string, string?)> Mismatches(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("__typename").GetString()!,
            e.GetProperty("code").GetString()!, e.TryGetProperty("userId", out var user) ? user.GetString() : null)).ToList();

    [Fact]
    public async Task A_won_or_lost_deals_splits_do_not_change()
    {
        var won = await ReadAsync("D3");
        Assert.Equal("Wu Lei 33.34 OUTSIDE_SALES, 李强 Li Qiang 33.33 OWNER, Zhao Min 33.33 INSIDE_SALES", won.Splits);
        var refused = await SetAsync("D3", [Lis(100m)]);
        Assert.Equal(["OpportunityClosedError"], ErrorTypes(refused));
        Assert.Equal("OPPORTUNITY_CLOSED", refused.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(["OpportunityClosedError"], ErrorTypes(await SetAsync("D3", [], "OVERLAY")));
        Assert.Equal(won, await ReadAsync("D3"));
        Assert.Equal("", (await ReadAsync("D3", "OVERLAY")).Splits);

        await SetAllAsync();
        var lost = await Client.MutateAsync("closeOpportunity", "opportunity { version }",
            new { id = _deals["D2"], won = false, lossReason = "price", version = await VersionAsync("D2") });
        Assert.Empty(ErrorTypes(lost));
        var before = await ReadAsync("D2");
        Assert.Equal(["OpportunityClosedError"], ErrorTypes(await SetAsync("D2", [Share(Zhao, 100m, "OWNER")])));
        Assert.Equal(["OpportunityClosedError"], ErrorTypes(await SetAsync("D2", [])));
        Assert.Equal(before, await ReadAsync("D2"));
    }

    [Fact]
    public async Task A_split_has_at_most_twenty_shares_checked_before_any_is_looked_up()
    {
        await SetAllAsync();
        var before = await ReadAsync("D1");
        var staff = await StaffAsync(20);
        object[] Shares(int count, decimal percent) => [.. staff.Take(count).Select(id => Share(id, percent))];

        // 300 shares: one error with the limit and the count, and the people are never read.
        var version = await VersionAsync("D1");
        Factory.Sql.Clear();
        var tooMany = await Client.MutateAsync("setOpportunitySplits", "errors { ... on TooManySplitsError { limit count } }", new
        {
            opportunityId = _deals["D1"],
            version,
            splitType = "REVENUE",
            splits = Enumerable.Range(0, 300).Select(i => Share(staff[i % staff.Count], 1m)).ToArray(),
        });
        Assert.Equal(["TooManySplitsError"], ErrorTypes(tooMany));
        var error = tooMany.GetProperty("errors")[0];
        Assert.Equal(("TOO_MANY_SPLITS", 20, 300),
            (error.GetProperty("code").GetString(), error.GetProperty("limit").GetInt32(), error.GetProperty("count").GetInt32()));
        Assert.DoesNotContain(Factory.Sql.Commands, c => c.Contains("\"Users\"", StringComparison.Ordinal));
        Assert.Equal(["TooManySplitsError"], ErrorTypes(await SetAsync("D1", [Lis(5m), .. Shares(20, 4.75m)])));
        Assert.Equal(before, await ReadAsync("D1"));

        // Twenty is allowed, and its people are read in one statement, as two are.
        async Task<int> PeopleStatements(object[] splits)
        {
            var current = await VersionAsync("D2");
            Factory.Sql.Clear();
            // The payload asks for no names, so that the only people read are the shares' own.
            Assert.Empty(ErrorTypes(await Client.MutateAsync("setOpportunitySplits", "opportunity { version }",
                new { opportunityId = _deals["D2"], version = current, splitType = "REVENUE", splits })));
            return Factory.Sql.Commands.Count(c => c.Contains("FROM \"Users\"", StringComparison.Ordinal));
        }
        Assert.Equal(1, await PeopleStatements([Share(Zhao, 20m, "OWNER"), Share(Li, 80m)]));
        Assert.Equal(1, await PeopleStatements([Share(Zhao, 5m, "OWNER"), .. Shares(19, 5m)]));
        Assert.Equal(20, (await ReadAsync("D2")).Splits.Split(", ").Length);
    }

    /// <summary>Staff added for the test, as user IDs: each may hold a share.</summary>
    private async Task<List<string>> StaffAsync(int count)
    {
        await using var db = Factory.Db();
        var people = Enumerable.Range(1, count).Select(i => new User { Name = $"Rep {i}", Email = $"rep{i}@test", Role = UserRole.InsideSales }).ToList();
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        return [.. people.Select(p => GlobalId.Encode("User", p.Id))];
    }

    [Fact]
    public async Task A_malformed_or_other_type_opportunity_id_names_the_field_opportunityId()
    {
        await SetAllAsync();
        var before = await ReadAsync("D1");
        foreach (var id in new[] { Known.Id("Alpha Industries"), "not-an-id", Li })
        {
            var payload = await Client.MutateAsync("setOpportunitySplits", "errors { ... on InvalidIdError { field expectedType } }",
                new { opportunityId = id, version = before.Version, splitType = "REVENUE", splits = new[] { Lis(100m) } });
            Assert.Equal(["InvalidIdError"], ErrorTypes(payload));
            var error = payload.GetProperty("errors")[0];
            Assert.Equal(("opportunityId", "Opportunity"), (error.GetProperty("field").GetString(), error.GetProperty("expectedType").GetString()));
        }
        Assert.Equal(before, await ReadAsync("D1"));

        // The other opportunity mutations keep their field, `id`.
        var move = await Client.MutateAsync("moveOpportunityStage", "errors { ... on InvalidIdError { field } }",
            new { id = Known.Id("Alpha Industries"), stageKey = "PROPOSE", version = 1 });
        Assert.Equal("id", move.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Whoever_may_change_the_deal_sets_its_splits_and_partners_never()
    {
        var li = Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
        var zhao = Factory.Logins.ClientAs(Roles.InsideSales, personId: Known.UserIds["Zhao Min"]);
        Assert.Empty(ErrorTypes(await SetAsync("D1", [Lis(50m), Share(Zhao, 50m)], client: li)));

        // Zhao neither owns D1 nor its account, nor is on its team: the write rule refuses, nothing changes.
        var refused = await zhao.PostAsync("""
            mutation($input: SetOpportunitySplitsInput!) {
                setOpportunitySplits(input: $input) { opportunity { version } }
            }
            """, new { input = new { opportunityId = _deals["D1"], version = 2, splitType = "REVENUE", splits = new[] { Share(Zhao, 100m) } } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes);
        Assert.Equal((2, "李强 Li Qiang 50 OWNER, Zhao Min 50 OUTSIDE_SALES"), await ReadAsync("D1"));

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
