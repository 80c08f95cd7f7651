using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Teams;

/// <summary>
/// Coverage exceptions on the known dataset under the default rules (every account there is covered OUTSIDE), by hand:
/// A1 alpha beta Bank and 中国电信集团 are Li's (an account manager holds OUTSIDE_SALES): none; A2 Bravo is Zhao's
/// (inside sales): OUTSIDE_SALES missing; A2 Echo has no owner: OWNER and OUTSIDE_SALES missing; the B2 branches have
/// no owner: OWNER missing each; the C accounts break nothing; Zulu is archived.
/// </summary>
public sealed class CoverageExceptionTests : TeamTestBase
{
    private const string Rows = """
        query($where: CoverageExceptionFilterInput, $order: [CoverageExceptionSortInput!], $first: Int, $after: String) {
            coverageExceptions(where: $where, order: $order, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { kind role tierCode coverage allowedCoverage detail account { name } }
            }
        }
        """;

    private async Task<(int Total, List<string> Rows, JsonElement Page)> ExceptionsAsync(object? where = null, object? order = null,
        int? first = null, string? after = null)
    {
        var connection = (await Client.DataAsync(Rows, new { where, order, first, after })).GetProperty("coverageExceptions");
        var rows = connection.GetProperty("nodes").EnumerateArray().Select(n =>
            $"{n.At("account.name").GetString()} {n.GetProperty("tierCode").GetString()} {n.GetProperty("kind").GetString()} "
            + (n.GetProperty("role").ValueKind == JsonValueKind.Null ? "-" : n.GetProperty("role").GetString())).ToList();
        return (connection.GetProperty("totalCount").GetInt32(), rows, connection.GetProperty("pageInfo"));
    }

    /// <summary>The expected rows in the default order: by account key, then the missing role.</summary>
    private List<string> InDefaultOrder(params (string Account, string Row)[] rows) =>
        [.. rows.OrderBy(r => Known.Ids[r.Account]).Select(r => $"{r.Account} {r.Row}")];

    private List<string> Expected() => InDefaultOrder(
        ("Bravo Éclair Power", "A2 MISSING_TEAM_ROLE OUTSIDE_SALES"),
        ("中国电信新疆分公司", "B2 MISSING_TEAM_ROLE OWNER"),
        ("中国电信四川分公司", "B2 MISSING_TEAM_ROLE OWNER"),
        ("Echo Gov Bureau", "A2 MISSING_TEAM_ROLE OWNER"),
        ("Echo Gov Bureau", "A2 MISSING_TEAM_ROLE OUTSIDE_SALES"));

    [Fact]
    public async Task Every_broken_rule_of_the_known_book_is_one_row()
    {
        var (total, rows, _) = await ExceptionsAsync();
        Assert.Equal(5, total);
        Assert.Equal(Expected(), rows);
        var rules = (await Client.DataAsync("{ coverageRules { tierCode allowedCoverage requiredRoles version } }")).GetProperty("coverageRules");
        Assert.Equal(["A1", "A2", "B1", "B2", "C"], rules.EnumerateArray().Select(r => r.GetProperty("tierCode").GetString()));
        Assert.Equal("""["OUTSIDE"]""", rules[0].GetProperty("allowedCoverage").GetRawText());
        Assert.Equal("""["OWNER","OUTSIDE_SALES"]""", rules[0].GetProperty("requiredRoles").GetRawText());
        Assert.Equal("""["OUTSIDE","INSIDE"]""", rules[2].GetProperty("allowedCoverage").GetRawText());
        Assert.Equal("""["OUTSIDE","INSIDE","CHANNEL"]""", rules[4].GetProperty("allowedCoverage").GetRawText());
        Assert.Equal("[]", rules[4].GetProperty("requiredRoles").GetRawText());
    }

    [Fact]
    public async Task Filters_sorts_and_pages_run_over_the_rows()
    {
        var (total, rows, _) = await ExceptionsAsync(where: new { role = new { eq = "OWNER" }, account = new { region = new { eq = "Xinjiang" } } });
        Assert.Equal(1, total);
        Assert.Equal(["中国电信新疆分公司 B2 MISSING_TEAM_ROLE OWNER"], rows);

        (total, rows, _) = await ExceptionsAsync(where: new { tierCode = new { eq = "A2" } },
            order: new object[] { new { role = "DESC" }, new { account = new { name = "ASC" } } });
        Assert.Equal(3, total);
        Assert.Equal(["Bravo Éclair Power A2 MISSING_TEAM_ROLE OUTSIDE_SALES", "Echo Gov Bureau A2 MISSING_TEAM_ROLE OUTSIDE_SALES",
            "Echo Gov Bureau A2 MISSING_TEAM_ROLE OWNER"], rows);

        var (_, first, page) = await ExceptionsAsync(first: 2);
        Assert.True(page.GetProperty("hasNextPage").GetBoolean());
        var (_, second, _) = await ExceptionsAsync(first: 2, after: page.GetProperty("endCursor").GetString());
        var (_, third, last) = await ExceptionsAsync(first: 2, after: (await ExceptionsAsync(first: 4)).Page.GetProperty("endCursor").GetString());
        Assert.False(last.GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(Expected(), [.. first, .. second, .. third]);
    }

    [Fact]
    public async Task A_team_change_a_coverage_change_and_a_rule_change_show_at_once()
    {
        // An outside rep on Bravo's team: its exception goes; when the membership ends, it comes back.
        var added = await AddAsync("Bravo Éclair Power", "李强 Li Qiang", "OUTSIDE_SALES");
        Assert.Empty(ErrorTypes(added));
        Assert.DoesNotContain((await ExceptionsAsync()).Rows, r => r.StartsWith("Bravo", StringComparison.Ordinal));
        Assert.Empty(ErrorTypes(await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id = added.At("accountTeamMember.id").GetString(), version = 1 })));
        Assert.Contains("Bravo Éclair Power A2 MISSING_TEAM_ROLE OUTSIDE_SALES", (await ExceptionsAsync()).Rows);

        // An A1 account moved to the phone team breaks its rule's coverage.
        var version = (await Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { version } } }",
            new { id = Known.Id("alpha beta Bank") })).At("node.version").GetInt32();
        Assert.Empty(ErrorTypes(await Client.MutateAsync("updateAccount", "account { id }",
            new { id = Known.Id("alpha beta Bank"), version, coverage = "INSIDE" })));
        var wrong = (await Client.DataAsync(Rows, new { where = new { kind = new { eq = "WRONG_COVERAGE" } } }))
            .At("coverageExceptions.nodes");
        Assert.Equal(1, wrong.GetArrayLength());
        Assert.Equal("alpha beta Bank", wrong[0].At("account.name").GetString());
        Assert.Equal("INSIDE", wrong[0].GetProperty("coverage").GetString());
        Assert.Equal("Coverage INSIDE is not allowed in tier A1 (allowed: OUTSIDE).", wrong[0].GetProperty("detail").GetString());

        // A rule that allows it clears it.
        var set = await Client.MutateAsync("setCoverageRule", "coverageRule { tierCode allowedCoverage version }",
            new { tierCode = "A1", allowedCoverage = new[] { "OUTSIDE", "INSIDE" }, requiredRoles = new[] { "OWNER" }, version = 1 });
        Assert.Empty(ErrorTypes(set));
        Assert.Equal(2, set.At("coverageRule.version").GetInt32());
        Assert.Equal(0, (await ExceptionsAsync(where: new { tierCode = new { eq = "A1" } })).Total);
    }

    [Fact]
    public async Task Coverage_rules_refuse_bad_input_with_typed_errors()
    {
        const string Selection = "coverageRule { tierCode }";
        Assert.Equal(["UnknownTierError"], ErrorTypes(await Client.MutateAsync("setCoverageRule", Selection,
            new { tierCode = "Z9", allowedCoverage = new[] { "OUTSIDE" }, requiredRoles = Array.Empty<string>() })));
        Assert.Equal(["NoCoverageAllowedError"], ErrorTypes(await Client.MutateAsync("setCoverageRule", Selection,
            new { tierCode = "A1", allowedCoverage = Array.Empty<string>(), requiredRoles = Array.Empty<string>() })));
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Client.MutateAsync("setCoverageRule", Selection,
            new { tierCode = "A1", allowedCoverage = new[] { "INSIDE" }, requiredRoles = Array.Empty<string>(), version = 5 })));
        // The tier has a rule: a write that did not read it would overwrite it blindly.
        Assert.Equal(["VersionRequiredError"], ErrorTypes(await Client.MutateAsync("setCoverageRule", Selection,
            new { tierCode = "A1", allowedCoverage = new[] { "INSIDE" }, requiredRoles = Array.Empty<string>() })));
        var rule = (await Client.DataAsync("{ coverageRules { tierCode allowedCoverage version } }")).GetProperty("coverageRules")
            .EnumerateArray().Single(r => r.GetProperty("tierCode").GetString() == "A1");
        Assert.Equal(["OUTSIDE"], rule.GetProperty("allowedCoverage").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, rule.GetProperty("version").GetInt32());
        Assert.Equal(Expected(), (await ExceptionsAsync()).Rows);
    }
}
