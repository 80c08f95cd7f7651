using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Funnel;

/// <summary>
/// A hand-computed funnel, built through the mutations while the fake clock moves (T0 = 2026-11-27 08:00 UTC):
/// T0       create O1 Alpha 100k, O2 Bank 2M, O3 School 50k, O4 Gov 500k (route CHANNEL by hand), O5 Bank 300k (closes 2027-02-15), all in IDENTIFY
/// T0+10d   O1, O2, O3 → MAP_ORGANISATION
/// T0+20d   O2 → PROPOSE; O3 lost (budget cancelled)
/// T0+30d   O2 → COMMIT; O1 → ENGAGE_ROLES; O5 → COMMIT
/// T0+40d   O2 won (2027-01-06 08:00); the analytics are asked now.
/// </summary>
public sealed class FunnelTests : KnownDataTest
{
    private readonly Dictionary<string, (string Id, int Version)> _deals = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Create("O1", "Alpha Industries", 100_000m);
        await Create("O2", "alpha beta Bank", 2_000_000m);
        await Create("O3", "Delta School", 50_000m);
        await Create("O4", "Echo Gov Bureau", 500_000m, route: "CHANNEL");
        await Create("O5", "alpha beta Bank", 300_000m, closes: "2027-02-15T00:00:00Z");
        Days(10);
        foreach (var deal in new[] { "O1", "O2", "O3" }) await Move(deal, "MAP_ORGANISATION");
        Days(10);
        await Move("O2", "PROPOSE");
        await Close("O3", won: false, "预算取消 Budget cancelled");
        Days(10);
        await Move("O2", "COMMIT");
        await Move("O1", "ENGAGE_ROLES");
        await Move("O5", "COMMIT");
        Days(10);
        await Close("O2", won: true);
    }

    private void Days(int days) => Factory.Clock.Advance(TimeSpan.FromDays(days));

    private async Task<JsonElement> Create(string name, string account, decimal amount, string? route = null, string? closes = null)
    {
        var payload = await Client.MutateAsync("createOpportunity", "opportunity { id version route }",
            new { accountId = Known.Id(account), name, amount, route, expectedCloseDate = closes });
        Assert.Empty(ErrorTypes(payload));
        _deals[name] = (payload.At("opportunity.id").GetString()!, 1);
        return payload.GetProperty("opportunity");
    }

    private Task<JsonElement> Move(string deal, string stage, string? note = null) =>
        Change("moveOpportunityStage", deal, new { stageKey = stage, note });

    private Task<JsonElement> Close(string deal, bool won, string? lossReason = null) =>
        Change("closeOpportunity", deal, new { won, lossReason });

    /// <summary>A change that must succeed, at the version last seen.</summary>
    private async Task<JsonElement> Change(string mutation, string deal, object fields)
    {
        var payload = await Attempt(mutation, deal, fields);
        Assert.Empty(ErrorTypes(payload));
        _deals[deal] = (_deals[deal].Id, payload.At("opportunity.version").GetInt32());
        return payload.GetProperty("opportunity");
    }

    private Task<JsonElement> Attempt(string mutation, string deal, object fields, int? version = null)
    {
        var input = JsonSerializer.SerializeToElement(fields).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        input["id"] = _deals[deal].Id;
        input["version"] = version ?? _deals[deal].Version;
        return Client.MutateAsync(mutation, "opportunity { version status stage { key } probability weightedAmount }", input);
    }

    [Fact]
    public async Task Routing_follows_the_amount_and_whether_a_distributor_serves_the_account()
    {
        var routes = await Client.DataAsync("{ opportunities(order: [{ name: ASC }]) { nodes { name route } } }");
        Assert.Equal(["INSIDE", "OUTSIDE", "INSIDE", "CHANNEL", "INSIDE"], routes.At("opportunities.nodes").Strings("route"));
        // Coverage alone does not make a deal a channel deal: a distributor must serve the account.
        await Client.MutateAsync("updateAccount", "account { id }", new { id = Known.Id("Delta School"), version = 1, coverage = "CHANNEL" });
        Assert.Equal("INSIDE", (await Create("O6", "Delta School", 10_000m)).GetProperty("route").GetString());

        var partner = await Client.MutateAsync("createDistributor", "distributor { id }", new { name = "成都联讯", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z", regions = new[] { "Sichuan" } });
        var partnerId = partner.At("distributor.id").GetString();
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }", new { accountId = Known.Id("Delta School"), distributorId = partnerId });
        var small = await Client.MutateAsync("createOpportunity", "opportunity { route distributor { id } }", new { accountId = Known.Id("Delta School"), name = "O7", amount = 999_999.99m });
        Assert.Equal(("CHANNEL", partnerId), (small.At("opportunity.route").GetString(), small.At("opportunity.distributor.id").GetString()));
        var large = await Client.MutateAsync("createOpportunity", "opportunity { route distributor { id } }", new { accountId = Known.Id("Delta School"), name = "O8", amount = 1_000_000m });
        Assert.Equal(("OUTSIDE", JsonValueKind.Null), (large.At("opportunity.route").GetString(), large.At("opportunity.distributor").ValueKind));
        // A suspended partner no longer takes deals.
        await Client.MutateAsync("setDistributorStatus", "distributor { id }", new { id = partnerId, status = "SUSPENDED", version = 1 });
        Assert.Equal("INSIDE", (await Create("O9", "Delta School", 10_000m)).GetProperty("route").GetString());
    }

    [Fact]
    public async Task The_funnel_per_stage()
    {
        var steps = (await Client.DataAsync("""
            {
                funnel {
                    stage {
                        key
                    }
                    count amount weightedAmount avgDaysInStage conversionToNext
                }
            }
            """))
            .GetProperty("funnel").EnumerateArray().ToDictionary(s => s.At("stage.key").GetString()!);
        Assert.Equal(["IDENTIFY", "MAP_ORGANISATION", "ENGAGE_ROLES", "PROPOSE", "NEGOTIATE", "COMMIT", "WON", "LOST"], steps.Keys);
        Assert.Equal([1, 0, 1, 0, 0, 1, 1, 1], steps.Values.Select(s => s.GetProperty("count").GetInt32()));
        Assert.Equal([500_000m, 0m, 100_000m, 0m, 0m, 300_000m, 2_000_000m, 50_000m], steps.Values.Select(s => s.GetProperty("amount").GetDecimal()));
        Assert.Equal([50_000m, 0m, 30_000m, 0m, 0m, 270_000m, 2_000_000m, 0m], steps.Values.Select(s => s.GetProperty("weightedAmount").GetDecimal()));
        // IDENTIFY: O1 10, O2 10, O3 10, O4 40 (still there), O5 30 days → 20; MAP: O1 20, O2 10, O3 10 → 13.33; ENGAGE: O1 10 so far.
        Assert.Equal(20, steps["IDENTIFY"].GetProperty("avgDaysInStage").GetDouble(), 6);
        Assert.Equal(40.0 / 3, steps["MAP_ORGANISATION"].GetProperty("avgDaysInStage").GetDouble(), 6);
        Assert.Equal(10, steps["ENGAGE_ROLES"].GetProperty("avgDaysInStage").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, steps["NEGOTIATE"].GetProperty("avgDaysInStage").ValueKind);
        Assert.Equal(JsonValueKind.Null, steps["WON"].GetProperty("avgDaysInStage").ValueKind);
        // Furthest stages: O1 ENGAGE, O2 WON, O3 MAP (lost there), O4 IDENTIFY, O5 COMMIT (it skipped MAP to NEGOTIATE).
        // IDENTIFY: 4 of 5 went past; MAP: 3 of 4 (O3 stopped); ENGAGE: 2 of 3 (O1 is there); PROPOSE and NEGOTIATE:
        // O2 and O5 both went past; COMMIT: O2 won, O5 not yet.
        Assert.Equal([0.8, 0.75, 2.0 / 3, 1, 1, 0.5], new[] { "IDENTIFY", "MAP_ORGANISATION", "ENGAGE_ROLES", "PROPOSE", "NEGOTIATE", "COMMIT" }
            .Select(k => steps[k].GetProperty("conversionToNext").GetDouble()), new RoundedComparer());
        Assert.Equal(JsonValueKind.Null, steps["WON"].GetProperty("conversionToNext").ValueKind);
    }

    [Fact]
    public async Task Analytics_honour_the_opportunity_filter()
    {
        var liOnly = (await Client.DataAsync("{ funnel(where: { owner: { name: { contains: \"li qiang\" } } }) { stage { key } count conversionToNext } }"))
            .GetProperty("funnel").EnumerateArray().ToDictionary(s => s.At("stage.key").GetString()!);
        Assert.Equal(0, liOnly["IDENTIFY"].GetProperty("count").GetInt32());
        Assert.Equal(1.0, liOnly["IDENTIFY"].GetProperty("conversionToNext").GetDouble()); // O1, O2 and O5 all moved on
        var beijing = await Client.DataAsync("{ pipeline(groupBy: OWNER, where: { account: { region: { eq: \"Beijing\" } } }) { key open } }");
        Assert.Equal([("(none)", 500_000m), ("李强 Li Qiang", 100_000m)],
            beijing.GetProperty("pipeline").EnumerateArray().Select(r => (r.GetProperty("key").GetString(), r.GetProperty("open").GetDecimal())));
    }

    [Fact]
    public async Task The_pipeline_by_owner_and_by_region()
    {
        var byOwner = (await Client.DataAsync("""
            {
                pipeline(groupBy: OWNER) {
                    key
                    owner {
                        name
                    }
                    open weighted bestCase commit won lost count winRate
                }
            }
            """))
            .GetProperty("pipeline").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        var li = byOwner["李强 Li Qiang"];
        Assert.Equal((400_000m, 300_000m, 300_000m, 300_000m, 2_000_000m, 0m, 3, 1.0),
            (li.GetProperty("open").GetDecimal(), li.GetProperty("weighted").GetDecimal(), li.GetProperty("bestCase").GetDecimal(), li.GetProperty("commit").GetDecimal(),
             li.GetProperty("won").GetDecimal(), li.GetProperty("lost").GetDecimal(), li.GetProperty("count").GetInt32(), li.GetProperty("winRate").GetDouble()));
        Assert.Equal("李强 Li Qiang", li.At("owner.name").GetString());
        Assert.Equal(0.0, byOwner["Zhao Min"].GetProperty("winRate").GetDouble());
        Assert.Equal(50_000m, byOwner["Zhao Min"].GetProperty("lost").GetDecimal());
        Assert.Equal(JsonValueKind.Null, byOwner["(none)"].GetProperty("winRate").ValueKind);

        var byRegion = (await Client.DataAsync("{ pipeline(groupBy: REGION) { key open won lost } }")).GetProperty("pipeline").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString(), r.GetProperty("open").GetDecimal(), r.GetProperty("won").GetDecimal(), r.GetProperty("lost").GetDecimal()));
        Assert.Equal([("Beijing", 600_000m, 0m, 0m), ("Shanghai", 300_000m, 2_000_000m, 0m), ("Sichuan", 0m, 0m, 50_000m)], byRegion);

        var byTier = (await Client.DataAsync("""
            {
                pipeline(groupBy: TIER) {
                    key count
                }
                byMonth: pipeline(groupBy: MONTH) {
                    key count
                }
                byIndustry: pipeline(groupBy: INDUSTRY) {
                    key
                }
            }
            """));
        Assert.Equal(["A1", "A2", "C"], byTier.GetProperty("pipeline").Strings("key"));
        Assert.Equal(["(none)", "2027-02"], byTier.GetProperty("byMonth").Strings("key"));
        Assert.Equal(["EDUCATION", "ENTERPRISE", "FINANCE", "GOVERNMENT"], byTier.GetProperty("byIndustry").Strings("key"));
    }

    [Fact]
    public async Task The_forecast_against_targets()
    {
        await Client.MutateAsync("setSalesTarget", "salesTarget { amount }", new { ownerId = Known.UserId("李强 Li Qiang"), period = "2027-Q1", amount = 4_600_000m });
        await Client.MutateAsync("setSalesTarget", "salesTarget { amount }", new { ownerId = Known.UserId("Zhao Min"), period = "2027-Q1", amount = 1_000_000m });
        await Client.MutateAsync("setSalesTarget", "salesTarget { amount }", new { period = "2027-Q1", amount = 10_000_000m });
        var replaced = await Client.MutateAsync("setSalesTarget", "salesTarget { amount }", new { period = "2027-Q1", amount = 9_200_000m });
        Assert.Equal(9_200_000m, replaced.At("salesTarget.amount").GetDecimal());

        var forecast = (await Client.DataAsync("{ forecast(period: \"2027-Q1\", groupBy: OWNER) { start end total { target forecast attainment } rows { key target won commit forecast attainment } } }"))
            .GetProperty("forecast");
        Assert.Equal("2027-01-01T00:00:00Z", forecast.GetProperty("start").GetString());
        var rows = forecast.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal((4_600_000m, 2_000_000m, 300_000m, 2_300_000m, 0.5),
            (rows["李强 Li Qiang"].GetProperty("target").GetDecimal(), rows["李强 Li Qiang"].GetProperty("won").GetDecimal(), rows["李强 Li Qiang"].GetProperty("commit").GetDecimal(),
             rows["李强 Li Qiang"].GetProperty("forecast").GetDecimal(), rows["李强 Li Qiang"].GetProperty("attainment").GetDouble()));
        Assert.Equal(0.0, rows["Zhao Min"].GetProperty("attainment").GetDouble()); // a target and no deal in the period still gets a row
        Assert.Equal(0.25, forecast.At("total.attainment").GetDouble());              // 2,300,000 of the company's 9,200,000

        var q4 = (await Client.DataAsync("{ forecast(period: \"2026-Q4\") { total { won commit target attainment } } }")).At("forecast.total");
        Assert.Equal((0m, 0m), (q4.GetProperty("won").GetDecimal(), q4.GetProperty("commit").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, q4.GetProperty("attainment").ValueKind);
        Assert.Contains("INVALID_PERIOD", (await Client.PostAsync("{ forecast(period: \"Q1\") { total { won } } }")).ErrorCodes);
        Assert.Equal(["InvalidPeriodError", "OutOfRangeError"], ErrorTypes(await Client.MutateAsync("setSalesTarget", "salesTarget { amount }", new { period = "2027-Q5", amount = -1m })));
        // An owner's and a region's at once: the forecast reads neither, so it is refused.
        Assert.Equal(["TargetScopeError"], ErrorTypes(await Client.MutateAsync("setSalesTarget", "salesTarget { amount }",
            new { ownerId = Known.UserId("Zhao Min"), region = "Beijing", period = "2027-Q2", amount = 1m })));
        // A huge period is not echoed back whole.
        var huge = await Client.PostAsync("query($p: String!) { forecast(period: $p) { total { won } } }", new { p = new string('9', 20_000) });
        Assert.Equal(["INVALID_PERIOD"], huge.ErrorCodes);
        Assert.True(huge.Text.Length < 2_000, huge.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Each_transition_rule()
    {
        Assert.Equal(["OpportunityClosedError"], ErrorTypes(await Attempt("moveOpportunityStage", "O2", new { stageKey = "PROPOSE" })));
        Assert.Equal(["ClosingStageError"], ErrorTypes(await Attempt("moveOpportunityStage", "O1", new { stageKey = "WON" })));
        Assert.Equal(["StageNotFoundError"], ErrorTypes(await Attempt("moveOpportunityStage", "O1", new { stageKey = "MAGIC" })));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Attempt("moveOpportunityStage", "O1", new { stageKey = "PROPOSE" }, version: 1)));
        Assert.Equal(["LossReasonRequiredError"], ErrorTypes(await Attempt("closeOpportunity", "O1", new { won = false })));
        Assert.Equal(["OpportunityNotClosedError"], ErrorTypes(await Attempt("reopenOpportunity", "O1", new { })));
        Assert.Equal(["OpportunityClosedError"], ErrorTypes(await Attempt("updateOpportunity", "O3", new { amount = 1m })));
        Assert.Equal(["OpportunityClosedError"], ErrorTypes(await Attempt("closeOpportunity", "O2", new { won = true })));

        // Reopening goes back to the stage it was closed from; probability follows the stage again.
        var reopened = await Change("reopenOpportunity", "O3", new { note = "Budget back" });
        Assert.Equal(("OPEN", "MAP_ORGANISATION", 0.2), (reopened.GetProperty("status").GetString(), reopened.At("stage.key").GetString(), reopened.GetProperty("probability").GetDouble()));

        // An explicit probability holds within the stage; a move takes the new stage's.
        var explicitly = await Change("updateOpportunity", "O1", new { probability = 0.45 });
        Assert.Equal((0.45, 45_000m), (explicitly.GetProperty("probability").GetDouble(), explicitly.GetProperty("weightedAmount").GetDecimal()));
        var moved = await Move("O1", "PROPOSE");
        Assert.Equal((0.5, 50_000m), (moved.GetProperty("probability").GetDouble(), moved.GetProperty("weightedAmount").GetDecimal()));
        Assert.Equal(["OutOfRangeError"], ErrorTypes(await Attempt("updateOpportunity", "O1", new { probability = 1.5 })));
    }

    [Fact]
    public async Task Creating_and_updating_report_every_problem_and_store_nothing()
    {
        async Task<List<string>> Create(object input) =>
            ErrorTypes(await Client.MutateAsync("createOpportunity", "opportunity { id }", input));
        var contact = await Client.MutateAsync("addContact", "contact { id }", new { accountId = Known.Id("Delta School"), name = "王芳 Wang Fang" });
        var otherAccountsContact = contact.At("contact.id").GetString();

        Assert.Equal(["AccountArchivedError"], await Create(new { accountId = Known.Id("Zulu Archived"), name = "X", amount = 1m }));
        Assert.Equal(["ClosingStageError"], await Create(new { accountId = Known.Id("Alpha Industries"), name = "X", amount = 1m, stageKey = "WON" }));
        Assert.Equal(["RequiredValueError", "OutOfRangeError", "OutOfRangeError", "InvalidCurrencyError", "InvalidOpportunityContactError"],
            await Create(new
            {
                accountId = Known.Id("Alpha Industries"),
                name = " ",
                amount = -1m,
                probability = 1.01,
                currency = "yuan",
                contactRoles = new[] { new { contactId = otherAccountsContact, role = "DECISION_MAKER" } }
            }));
        Assert.Equal(["InvalidIdError"], await Create(new { accountId = Known.UserId("Zhao Min"), name = "X", amount = 1m }));

        var update = await Attempt("updateOpportunity", "O1", new { currency = "RMB!", name = "" });
        Assert.Equal(["RequiredValueError", "InvalidCurrencyError"], ErrorTypes(update));
        var o1 = await Client.DataAsync("""
            query($id: ID!) {
                opportunity(id: $id) {
                    name currency version
                }
                opportunities {
                    totalCount
                }
            }
            """, new { id = _deals["O1"].Id });
        Assert.Equal(("O1", "CNY", _deals["O1"].Version, 5),
            (o1.At("opportunity.name").GetString(), o1.At("opportunity.currency").GetString(), o1.At("opportunity.version").GetInt32(), o1.At("opportunities.totalCount").GetInt32()));
    }

    [Fact]
    public async Task A_deals_owner_is_one_of_the_companys_staff()
    {
        string partner, nobody = GlobalId.Encode("User", 987_654);
        await using (var db = Factory.Db())
        {
            var person = new User { Name = "Partner Person", Email = "partner@test", Role = UserRole.Partner };
            db.People.Add(person);
            await db.SaveChangesAsync();
            partner = GlobalId.Encode("User", person.Id);
        }
        async Task<JsonElement> O1() => await Client.DataAsync("""
            query($id: ID!) { opportunity(id: $id) { version owner { name } } opportunities { totalCount } }
            """, new { id = _deals["O1"].Id });
        var before = await O1();

        var created = await Client.MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = Known.Id("Alpha Industries"), name = "By a partner", amount = 1m, ownerId = partner });
        Assert.Equal(["OwnerNotStaffError"], ErrorTypes(created));
        Assert.Equal("OWNER_NOT_STAFF", created.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(["OwnerNotFoundError"], ErrorTypes(await Client.MutateAsync("createOpportunity", "opportunity { id }",
            new { accountId = Known.Id("Alpha Industries"), name = "By nobody", amount = 1m, ownerId = nobody })));
        Assert.Equal(["OwnerNotStaffError"], ErrorTypes(await Attempt("updateOpportunity", "O1", new { ownerId = partner })));
        Assert.Equal(["OwnerNotFoundError"], ErrorTypes(await Attempt("updateOpportunity", "O1", new { ownerId = nobody })));
        Assert.Equal(before.ToString(), (await O1()).ToString());
        // Nor does a partner's user get a sales target.
        Assert.Equal(["OwnerNotStaffError"], ErrorTypes(await Client.MutateAsync("setSalesTarget", "salesTarget { amount }",
            new { ownerId = partner, period = "2027-Q1", amount = 1m })));
        Assert.Equal(0, (await Client.DataAsync("{ salesTargets(period: \"2027-Q1\") { amount } }")).At("salesTargets").GetArrayLength());

        // One of the staff is taken.
        await Change("updateOpportunity", "O1", new { ownerId = Known.UserId("Zhao Min") });
        Assert.Equal("Zhao Min", (await O1()).At("opportunity.owner.name").GetString());
    }

    [Fact]
    public async Task Every_stage_change_is_recorded_with_the_change_itself_or_not_at_all()
    {
        var history = await Client.DataAsync("""
            query($id: ID!) {
                opportunity(id: $id) {
                    daysInStage
                    stageHistory {
                        from {
                            key
                        }
                        to {
                            key
                        }
                        changedAt changedBy note
                    }
                }
            }
            """, new { id = _deals["O2"].Id });
        var changes = history.At("opportunity.stageHistory").EnumerateArray().Select(c => (c.TryGetProperty("from", out var f) && f.ValueKind != JsonValueKind.Null ? f.GetProperty("key").GetString() : null, c.At("to.key").GetString())).ToList();
        Assert.Equal([(null, "IDENTIFY"), ("IDENTIFY", "MAP_ORGANISATION"), ("MAP_ORGANISATION", "PROPOSE"), ("PROPOSE", "COMMIT"), ("COMMIT", "WON")], changes);
        Assert.Equal("2027-01-06T08:00:00Z", history.At("opportunity.stageHistory")[4].GetProperty("changedAt").GetString());
        Assert.Equal(0, history.At("opportunity.daysInStage").GetInt32());

        // Eight concurrent moves at the same version: one wins, and exactly one history row is added.
        var moves = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Attempt("moveOpportunityStage", "O4", new { stageKey = "NEGOTIATE" })));
        Assert.Single(moves, m => ErrorTypes(m).Count == 0);
        var o4 = await Client.DataAsync("""
            query($id: ID!) {
                opportunity(id: $id) {
                    stageHistory {
                        to {
                            key
                        }
                    }
                }
            }
            """, new { id = _deals["O4"].Id });
        Assert.Equal(["IDENTIFY", "NEGOTIATE"], o4.At("opportunity.stageHistory").EnumerateArray().Select(c => c.At("to.key").GetString()));
    }

    [Fact]
    public async Task Opportunity_lists_make_a_constant_number_of_statements()
    {
        async Task<int> Statements(int first)
        {
            Factory.Sql.Clear();
            await Client.DataAsync($"{{ opportunities(first: {first}) {{ nodes {{ name account {{ name tier {{ code }} }} owner {{ name }} stage {{ key }} contactRoles {{ role contact {{ name }} }} stageHistory {{ from {{ key }} to {{ key }} }} }} }} }}");
            return Factory.Sql.Commands.Count;
        }
        // Once first: what a server reads once and keeps (the login's session check) is not the list's cost.
        await Statements(5);
        Assert.Equal(await Statements(1), await Statements(5));
        Factory.Sql.Clear();
        await Client.DataAsync("{ funnel { count } pipeline(groupBy: TIER) { key } }");
        Assert.Equal(2, Factory.Sql.Commands.Count(s => !s.Contains("\"Users\""))); // one statement per analytic
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;
        public int GetHashCode(double value) => 0;
    }
}
