using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.OrgCharts;

/// <summary>A known chart built through the mutations on Delta School: GM ← CIO ← Eng, GM ← CFO, GM ← Ops.</summary>
public sealed class OrgChartTests : KnownDataTest
{
    private readonly Dictionary<string, string> _ids = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Add("GM", "DECISION_MAKER", null, "SUPPORTER");
        await Add("CIO", "TECHNICAL_GATEKEEPER", "GM");
        await Add("CFO", "FINANCIAL_GATEKEEPER", "GM");
        await Add("Eng", "INFLUENCER", "CIO");
        await Add("Ops", "USER", "GM");
    }

    private async Task Add(string name, string role, string? manager, string attitude = "NEUTRAL", string account = "Delta School")
    {
        var payload = await Mutate("addContact", "contact { id }", new { accountId = Known.Id(account), name, buyingRole = role, attitude, reportsToId = manager == null ? null : _ids[manager] });
        _ids[name] = payload.At("contact.id").GetString()!;
    }

    private Task<JsonElement> Mutate(string mutation, string selection, object input) => Client.MutateAsync(mutation, selection, input);

    private async Task<List<(string Name, int Depth, string? Manager)>> Chart(string account = "Delta School")
    {
        var chart = (await Client.DataAsync("""
            query($id: ID!) {
                account(id: $id) {
                    orgChart {
                        depth managerId path
                        contact {
                            name
                        }
                    }
                }
            }
            """, new { id = Known.Id(account) }))
            .At("account.orgChart").EnumerateArray().ToList();
        var names = _ids.ToDictionary(p => p.Value, p => p.Key);
        return chart.Select(e => (e.At("contact.name").GetString()!, e.GetProperty("depth").GetInt32(),
            e.GetProperty("managerId").GetString() is { } m ? names[m] : null)).ToList();
    }

    [Fact]
    public async Task The_chart_comes_depth_first_with_depth_managers_and_paths()
    {
        Assert.Equal([("GM", 0, null), ("CIO", 1, "GM"), ("Eng", 2, "CIO"), ("CFO", 1, "GM"), ("Ops", 1, "GM")], await Chart());
        var path = (await Client.DataAsync("query($id: ID!) { account(id: $id) { orgChart { path } } }", new { id = Known.Id("Delta School") }))
            .At("account.orgChart")[2].GetProperty("path").EnumerateArray().Select(p => p.GetString());
        Assert.Equal([_ids["GM"], _ids["CIO"], _ids["Eng"]], path);
    }

    [Fact]
    public async Task A_move_that_would_loop_is_refused()
    {
        Assert.Equal(["OrgChartCycleError"], ErrorTypes(await Mutate("moveContact", "contact { id }", new { contactId = _ids["GM"], reportsToId = _ids["Eng"] })));
        Assert.Equal(["OrgChartCycleError"], ErrorTypes(await Mutate("moveContact", "contact { id }", new { contactId = _ids["CIO"], reportsToId = _ids["CIO"] })));
        Assert.Equal(["OrgChartCycleError"], ErrorTypes(await Mutate("updateContact", "contact { id }", new { id = _ids["CIO"], version = 1, reportsToId = _ids["Eng"] })));
        var moved = await Mutate("moveContact", "contact { reportsTo { name } version }", new { contactId = _ids["Eng"], reportsToId = _ids["CFO"] });
        Assert.Equal("CFO", moved.At("contact.reportsTo.name").GetString());
        Assert.Equal([("GM", 0, null), ("CIO", 1, "GM"), ("CFO", 1, "GM"), ("Eng", 2, "CFO"), ("Ops", 1, "GM")], await Chart());
    }

    [Fact]
    public async Task A_manager_must_work_for_the_same_account()
    {
        await Add("Boss", "DECISION_MAKER", null, account: "Echo Gov Bureau");
        Assert.Equal(["ManagerInOtherAccountError"], ErrorTypes(await Mutate("moveContact", "contact { id }", new { contactId = _ids["Ops"], reportsToId = _ids["Boss"] })));
        Assert.Equal(["ManagerInOtherAccountError"], ErrorTypes(await Mutate("addContact", "contact { id }",
            new { accountId = Known.Id("Delta School"), name = "X", reportsToId = _ids["Boss"] })));
        Assert.Equal(["InvalidDottedLineError"], ErrorTypes(await Mutate("updateContact", "contact { id }", new { id = _ids["Ops"], version = 1, dottedLineIds = new[] { _ids["Boss"] } })));
        Assert.Equal(["InvalidIdError"], ErrorTypes(await Mutate("moveContact", "contact { id }", new { contactId = _ids["Ops"], reportsToId = Known.Id("Delta School") })));
    }

    [Fact]
    public async Task Removing_a_contact_moves_its_reports_up_and_keeps_its_activities()
    {
        var logged = await Mutate("logActivity", "activity { id }", new
        {
            accountId = Known.Id("Delta School"),
            type = "MEETING",
            occurredAt = "2026-11-20T09:00:00Z",
            summary = "Architecture review",
            contactIds = new[] { _ids["CIO"], _ids["Eng"] },
        });
        var removed = await Mutate("removeContact", "contact { removedAt }", new { contactId = _ids["CIO"] });
        Assert.Equal("2026-11-27T08:00:00Z", removed.At("contact.removedAt").GetString());
        Assert.Equal([("GM", 0, null), ("CFO", 1, "GM"), ("Ops", 1, "GM"), ("Eng", 1, "GM")], await Chart()); // siblings by role: user before influencer
        var activity = await Client.DataAsync("""
            query($id: ID!) {
                node(id: $id) {
                    ... on Activity {
                        contacts {
                            name removedAt
                        }
                    }
                }
            }
            """, new { id = logged.At("activity.id").GetString() });
        Assert.Equal(["CIO", "Eng"], activity.At("node.contacts").Strings("name"));
        Assert.Equal(["ContactRemovedError"], ErrorTypes(await Mutate("updateContact", "contact { id }", new { id = _ids["CIO"], version = 2, name = "x" })));
        Assert.Equal(["ManagerNotFoundError"], ErrorTypes(await Mutate("moveContact", "contact { id }", new { contactId = _ids["Eng"], reportsToId = _ids["CIO"] })));
    }

    [Fact]
    public async Task Role_coverage_follows_the_chart()
    {
        async Task<JsonElement> Coverage() => (await Client.DataAsync("""
            query($id: ID!) {
                account(id: $id) {
                    roleCoverage {
                        risk risks missingRoles supporters opponents
                        decisionMakers {
                            name
                        }
                    }
                }
            }
            """,
            new { id = Known.Id("Delta School") })).At("account.roleCoverage");
        var full = await Coverage();
        Assert.Equal("NONE", full.GetProperty("risk").GetString());
        Assert.Equal(["GM"], full.GetProperty("decisionMakers").Strings("name"));
        Assert.Equal(1, full.GetProperty("supporters").GetInt32());

        await Mutate("updateContact", "contact { id }", new { id = _ids["CFO"], version = 1, attitude = "OPPONENT" });
        var opposed = await Coverage();
        Assert.Equal("MEDIUM", opposed.GetProperty("risk").GetString());
        Assert.Equal(["financial gatekeeper CFO opposes us."], opposed.GetProperty("risks").EnumerateArray().Select(r => r.GetString()));

        await Mutate("removeContact", "contact { id }", new { contactId = _ids["GM"] });
        var headless = await Coverage();
        Assert.Equal("HIGH", headless.GetProperty("risk").GetString());
        Assert.Equal(["DECISION_MAKER"], headless.GetProperty("missingRoles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Contact_edits_are_validated_and_versioned()
    {
        var bad = await Mutate("updateContact", "contact { id }", new { id = _ids["Ops"], version = 1, influence = 6, email = "ops at delta", buyingRole = (string?)null, name = "" });
        Assert.Equal(["RequiredValueError", "RequiredValueError", "InvalidEmailError", "OutOfRangeError"], ErrorTypes(bad));
        var good = await Mutate("updateContact", "contact { version email isPrimary dottedLines { name } }",
            new { id = _ids["Ops"], version = 1, email = "ops@delta.example.cn", isPrimary = true, dottedLineIds = new[] { _ids["CFO"] } });
        Assert.Equal(2, good.At("contact.version").GetInt32());
        Assert.Equal(["CFO"], good.At("contact.dottedLines").Strings("name"));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Mutate("updateContact", "contact { id }", new { id = _ids["Ops"], version = 1, title = "x" })));
        await Mutate("updateContact", "contact { id }", new { id = _ids["CFO"], version = 1, isPrimary = true });
        var primaries = await Client.DataAsync("{ contacts(where: { isPrimary: { eq: true } }) { nodes { name } } }");
        Assert.Equal(["CFO"], primaries.At("contacts.nodes").Strings("name"));
    }

    [Fact]
    public async Task Contacts_filter_and_sort_through_the_generic_conventions()
    {
        var data = await Client.DataAsync("""
            { contacts(where: { buyingRole: { in: [DECISION_MAKER, USER] }, account: { name: { eq: "Delta School" } } }, order: [{ buyingRole: ASC }]) { nodes { name } }
              accounts(where: { name: { eq: "Delta School" } }) { nodes { contacts(where: { reportsTo: { name: { eq: "GM" } } }, order: [{ name: DESC }]) { totalCount nodes { name } } } } }
            """);
        Assert.Equal(["GM", "Ops"], data.At("contacts.nodes").Strings("name"));
        var reports = data.At("accounts.nodes")[0].GetProperty("contacts");
        Assert.Equal(["Ops", "CIO", "CFO"], reports.GetProperty("nodes").Strings("name"));
        Assert.Equal(3, reports.GetProperty("totalCount").GetInt32());
    }
}
