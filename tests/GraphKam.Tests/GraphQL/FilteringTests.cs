using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>Every operator family of the HotChocolate-style <c>where</c>, against data whose every value is known.</summary>
public sealed class FilteringTests(KnownDataFixture fixture) : IClassFixture<KnownDataFixture>
{
    private static readonly string[] Active =
    [
        "Alpha Industries", "alpha beta Bank", "Bravo Éclair Power", "中国电信集团有限公司", "中国电信新疆分公司",
        "中国电信四川分公司", "Delta School", "Echo Gov Bureau",
    ];

    private async Task<string[]> Names(string where, object? variables = null, string extraArgs = "", string declarations = "")
    {
        var data = await fixture.Client.DataAsync(
            $"query{declarations} {{ accounts(where: {where}{extraArgs}) {{ nodes {{ name }} }} }}", variables);
        return [.. data.At("accounts.nodes").Strings("name").Order(StringComparer.Ordinal)];
    }

    private static string[] Sorted(params string[] names) => [.. names.Order(StringComparer.Ordinal)];

    private static string[] ActiveExcept(params string[] names) => Sorted([.. Active.Except(names)]);

    [Theory]
    [InlineData("{ name: { eq: \"Alpha Industries\" } }", new[] { "Alpha Industries" })]
    [InlineData("{ name: { eq: \"alpha industries\" } }", new string[0])]
    [InlineData("{ name: { contains: \"ALPHA\" } }", new[] { "Alpha Industries", "alpha beta Bank" })]
    [InlineData("{ name: { contains: \"éclair\" } }", new[] { "Bravo Éclair Power" })]
    [InlineData("{ name: { contains: \"新疆\" } }", new[] { "中国电信新疆分公司" })]
    [InlineData("{ name: { contains: \"%\" } }", new string[0])]
    [InlineData("{ name: { contains: \"_\" } }", new string[0])]
    [InlineData("{ name: { startsWith: \"中国电信\" } }", new[] { "中国电信集团有限公司", "中国电信新疆分公司", "中国电信四川分公司" })]
    [InlineData("{ name: { startsWith: \"ALPHA B\" } }", new[] { "alpha beta Bank" })]
    [InlineData("{ name: { endsWith: \"BANK\" } }", new[] { "alpha beta Bank" })]
    [InlineData("{ name: { in: [\"Delta School\", \"Echo Gov Bureau\", \"nobody\"] } }", new[] { "Delta School", "Echo Gov Bureau" })]
    [InlineData("{ name: { contains: \"a\", endsWith: \"s\" } }", new[] { "Alpha Industries" })]
    [InlineData("{ name: { or: [{ eq: \"Delta School\" }, { startsWith: \"echo\" }] } }", new[] { "Delta School", "Echo Gov Bureau" })]
    [InlineData("{ name: { and: [{ contains: \"中国\" }, { contains: \"四川\" }] } }", new[] { "中国电信四川分公司" })]
    public async Task String_operators(string where, string[] expected) =>
        Assert.Equal(Sorted(expected), await Names(where));

    [Theory]
    [InlineData("{ name: { neq: \"Alpha Industries\" } }", new[] { "Alpha Industries" })]
    [InlineData("{ name: { ncontains: \"ALPHA\" } }", new[] { "Alpha Industries", "alpha beta Bank" })]
    [InlineData("{ name: { nin: [\"Delta School\", \"Echo Gov Bureau\"] } }", new[] { "Delta School", "Echo Gov Bureau" })]
    [InlineData("{ name: { nstartsWith: \"中国电信\" } }", new[] { "中国电信集团有限公司", "中国电信新疆分公司", "中国电信四川分公司" })]
    [InlineData("{ name: { nendsWith: \"bank\" } }", new[] { "alpha beta Bank" })]
    public async Task Negated_string_operators_match_everything_else(string where, string[] excluded) =>
        Assert.Equal(ActiveExcept(excluded), await Names(where));

    [Theory]
    [InlineData("{ employees: { eq: 1000 } }", new[] { "Alpha Industries", "Bravo Éclair Power" })]
    [InlineData("{ employees: { gt: 20000 } }", new[] { "中国电信集团有限公司" })]
    [InlineData("{ employees: { gte: 20000 } }", new[] { "中国电信集团有限公司", "alpha beta Bank" })]
    [InlineData("{ employees: { lt: 100 } }", new[] { "Echo Gov Bureau" })]
    [InlineData("{ employees: { lte: 100 } }", new[] { "Echo Gov Bureau", "Delta School" })]
    [InlineData("{ employees: { in: [50, 100] } }", new[] { "Echo Gov Bureau", "Delta School" })]
    [InlineData("{ employees: { ngt: 100 } }", new[] { "Echo Gov Bureau", "Delta School" })]
    [InlineData("{ employees: { ngte: 1000 } }", new[] { "Echo Gov Bureau", "Delta School" })]
    [InlineData("{ employees: { nlt: 20000 } }", new[] { "中国电信集团有限公司", "alpha beta Bank" })]
    [InlineData("{ employees: { nlte: 3000 } }", new[] { "中国电信集团有限公司", "alpha beta Bank" })]
    [InlineData("{ employees: { gt: 100, lt: 2500 } }", new[] { "Alpha Industries", "Bravo Éclair Power" })]
    public async Task Int_operators(string where, string[] expected) =>
        Assert.Equal(Sorted(expected), await Names(where));

    [Fact]
    public async Task Int_neq_and_nin() =>
        Assert.Equal(ActiveExcept("Alpha Industries", "Bravo Éclair Power", "Echo Gov Bureau"),
            await Names("{ employees: { neq: 1000, nin: [50] } }"));

    [Theory]
    [InlineData("{ monthlyRevenue: { gt: 900000 } }", new[] { "alpha beta Bank", "中国电信集团有限公司" })]
    [InlineData("{ monthlyRevenue: { eq: 900000.50 } }", new[] { "alpha beta Bank" })]
    [InlineData("{ monthlyRevenue: { lte: 1000 } }", new[] { "Delta School", "Echo Gov Bureau" })]
    [InlineData("{ monthlyRevenue: { in: [0, 1000] } }", new[] { "Delta School", "Echo Gov Bureau" })]
    [InlineData("{ monthlyItRevenue: { gte: 30000, lte: 90000.05 } }", new[] { "中国电信新疆分公司", "alpha beta Bank" })]
    [InlineData("{ monthlyItRevenue: { gte: 30000, lt: 90000.05 } }", new[] { "中国电信新疆分公司" })]
    public async Task Decimal_money_operators_compare_in_yuan(string where, string[] expected) =>
        Assert.Equal(Sorted(expected), await Names(where));

    [Theory]
    [InlineData("{ satisfaction: { gte: 95 } }", new[] { "Alpha Industries", "Echo Gov Bureau" })]
    [InlineData("{ satisfaction: { eq: 99.9 } }", new[] { "Echo Gov Bureau" })]
    [InlineData("{ satisfaction: { eq: null } }", new[] { "Bravo Éclair Power" })]
    [InlineData("{ satisfaction: { lt: 71 } }", new[] { "Delta School", "中国电信新疆分公司" })]
    public async Task Float_operators_and_eq_null(string where, string[] expected) =>
        Assert.Equal(Sorted(expected), await Names(where));

    [Fact]
    public async Task Float_neq_null_matches_every_measured_account() =>
        Assert.Equal(ActiveExcept("Bravo Éclair Power"), await Names("{ satisfaction: { neq: null } }"));

    [Theory]
    [InlineData("{ createdAt: { gte: \"2025-02-01T00:00:00Z\" } }")]
    [InlineData("{ createdAt: { gte: \"2025-02-01T08:00:00+08:00\" } }")]
    [InlineData("{ createdAt: { ngt: \"2025-03-31T00:00:00Z\", gt: \"2025-01-31T23:59:59Z\" } }")]
    public async Task DateTime_operators_compare_instants(string where) =>
        Assert.Equal(Sorted("中国电信新疆分公司", "中国电信四川分公司", "Delta School", "Echo Gov Bureau"), await Names(where));

    [Fact]
    public async Task Boolean_operators()
    {
        Assert.Equal(Sorted("Bravo Éclair Power", "中国电信集团有限公司", "Echo Gov Bureau"), await Names("{ strategic: { eq: true } }"));
        Assert.Equal(ActiveExcept("Bravo Éclair Power", "中国电信集团有限公司", "Echo Gov Bureau"), await Names("{ strategic: { neq: true } }"));
    }

    [Theory]
    [InlineData("{ industry: { eq: TELECOM } }", new[] { "中国电信集团有限公司", "中国电信新疆分公司", "中国电信四川分公司" })]
    [InlineData("{ industry: { in: [FINANCE, POWER] } }", new[] { "alpha beta Bank", "Bravo Éclair Power" })]
    [InlineData("{ scale: { eq: FORTUNE_500 } }", new[] { "alpha beta Bank", "中国电信集团有限公司" })]
    [InlineData("{ loyaltyStage: { in: [ADVOCATE, FIRST_PURCHASE] } }", new[] { "Alpha Industries", "Delta School" })]
    public async Task Enum_operators(string where, string[] expected) =>
        Assert.Equal(Sorted(expected), await Names(where));

    [Fact]
    public async Task Enum_neq_and_nin() =>
        Assert.Equal(Sorted("Alpha Industries", "Delta School", "Echo Gov Bureau"),
            await Names("{ industry: { neq: TELECOM, nin: [FINANCE, POWER] } }"));

    [Fact]
    public async Task Id_operators_take_global_ids()
    {
        var delta = fixture.Data.Id("Delta School");
        var echo = fixture.Data.Id("Echo Gov Bureau");
        Assert.Equal(["Delta School"], await Names("{ id: { eq: $id } }", new { id = delta }, declarations: "($id: ID)"));
        Assert.Equal(Sorted("Delta School", "Echo Gov Bureau"), await Names("{ id: { in: $ids } }", new { ids = new[] { delta, echo } }, declarations: "($ids: [ID!])"));
        Assert.Equal(ActiveExcept("Delta School", "Echo Gov Bureau"), await Names("{ id: { nin: $ids } }", new { ids = new[] { delta, echo } }, declarations: "($ids: [ID!])"));
        Assert.Equal(Sorted("Alpha Industries", "alpha beta Bank", "中国电信集团有限公司"),
            await Names("{ ownerId: { eq: $owner } }", new { owner = fixture.Data.UserId("李强 Li Qiang") }, declarations: "($owner: ID)"));
        Assert.Equal(ActiveExcept("中国电信新疆分公司", "中国电信四川分公司"), await Names("{ parentId: { eq: null } }"));
    }

    [Fact]
    public async Task An_id_of_another_type_is_refused_not_silently_unmatched()
    {
        var response = await fixture.Client.PostAsync("""
            query($id: ID) {
                accounts(where: { id: { eq: $id } }) {
                    nodes {
                        name
                    }
                }
            }
            """,
            new { id = fixture.Data.UserId("Zhao Min") });
        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        // Connections are nullable, as in HotChocolate: the error nulls this field only.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("accounts").ValueKind);
    }

    [Fact]
    public async Task Nested_object_filters()
    {
        Assert.Equal(Sorted("中国电信新疆分公司", "中国电信四川分公司"), await Names("{ parent: { name: { startsWith: \"中国电信\" } } }"));
        Assert.Equal(Sorted("Bravo Éclair Power", "Delta School"), await Names("{ owner: { name: { contains: \"ZHAO\" } } }"));
        Assert.Equal(Sorted("Bravo Éclair Power", "Delta School"), await Names("{ owner: { role: { eq: INSIDE_SALES } } }"));
        // Accounts without a parent do not match a condition on the parent, even a negated one.
        Assert.Equal(Sorted("中国电信新疆分公司", "中国电信四川分公司"), await Names("{ parent: { name: { neq: \"x\" } } }"));
    }

    [Theory]
    [InlineData("{ children: { some: { region: { eq: \"Xinjiang\" } } } }", new[] { "中国电信集团有限公司" })]
    [InlineData("{ children: { any: true } }", new[] { "中国电信集团有限公司" })]
    [InlineData("{ children: { all: { industry: { eq: TELECOM } }, any: true } }", new[] { "中国电信集团有限公司" })]
    [InlineData("{ children: { all: { region: { eq: \"Xinjiang\" } }, any: true } }", new string[0])]
    public async Task List_filters(string where, string[] expected) =>
        Assert.Equal(Sorted(expected), await Names(where));

    [Fact]
    public async Task List_none_and_any_false()
    {
        Assert.Equal(ActiveExcept("中国电信集团有限公司"), await Names("{ children: { none: { region: { eq: \"Sichuan\" } } } }"));
        Assert.Equal(ActiveExcept("中国电信集团有限公司"), await Names("{ children: { any: false } }"));
    }

    [Fact]
    public async Task And_or_combine_and_nest()
    {
        Assert.Equal(Sorted("中国电信集团有限公司", "中国电信新疆分公司", "中国电信四川分公司", "Bravo Éclair Power", "Echo Gov Bureau"),
            await Names("{ or: [{ industry: { eq: TELECOM } }, { strategic: { eq: true } }] }"));
        Assert.Equal(Sorted("中国电信新疆分公司", "Bravo Éclair Power"),
            await Names("{ region: { eq: \"Xinjiang\" }, or: [{ industry: { eq: TELECOM } }, { and: [{ strategic: { eq: true } }, { employees: { lt: 5000 } }] }] }"));
        Assert.Equal(Sorted("Delta School"), await Names("{ and: [{ region: { eq: \"Sichuan\" } }, { industry: { eq: EDUCATION } }] }"));
    }

    [Fact]
    public async Task Empty_and_null_conditions_filter_nothing()
    {
        Assert.Equal(Sorted(Active), await Names("{ }"));
        Assert.Equal(Sorted(Active), await Names("{ name: null }"));
        Assert.Equal(Sorted(Active), await Names("{ or: null, and: null }"));
    }

    [Fact]
    public async Task Archived_accounts_are_listed_only_when_asked_for()
    {
        Assert.Empty(await Names("{ name: { eq: \"Zulu Archived\" } }"));
        Assert.Equal(["Zulu Archived"], await Names("{ archivedAt: { neq: null } }", extraArgs: ", includeArchived: true"));
    }

    [Theory]
    [InlineData("{ name: { like: \"x\" } }")]
    [InlineData("{ employees: { eq: \"many\" } }")]
    [InlineData("{ industry: { eq: BANKING } }")]
    [InlineData("{ unknown: { eq: 1 } }")]
    public async Task Malformed_filters_are_validation_errors(string where)
    {
        var response = await fixture.Client.PostAsync($"{{ accounts(where: {where}) {{ nodes {{ name }} }} }}");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
        Assert.NotEmpty(response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ name: { } }")]
    [InlineData("{ or: [] }")]
    [InlineData("{ name: { contains: null } }")]
    [InlineData("{ children: { } }")]
    public async Task Meaningless_filters_get_a_coded_error(string where)
    {
        var response = await fixture.Client.PostAsync($"{{ accounts(where: {where}) {{ nodes {{ name }} }} }}");
        Assert.Equal(["INVALID_FILTER"], response.ErrorCodes);
    }

    [Fact]
    public async Task Filters_nested_beyond_the_limit_are_refused()
    {
        var where = string.Concat(Enumerable.Repeat("{ or: [", 20)) + "{ name: { eq: \"x\" } }" + string.Concat(Enumerable.Repeat("] }", 20));
        var response = await fixture.Client.PostAsync($"{{ accounts(where: {where}) {{ nodes {{ name }} }} }}");
        Assert.Equal(["INVALID_FILTER"], response.ErrorCodes);
    }
}
