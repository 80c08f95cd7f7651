using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// What reaches the database, captured by an EF command interceptor: filters, sorting and paging are SQL, and the
/// number of statements does not grow with the page size.
/// </summary>
public sealed class SqlTranslationTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private async Task<IReadOnlyList<string>> Sql(string query)
    {
        // The fixture's server is shared by this class's tests; xUnit runs them one at a time.
        fixture.Factory.Sql.Clear();
        await fixture.Client.DataAsync(query);
        return fixture.Factory.Sql.Commands;
    }

    [Fact]
    public async Task Filters_sorting_and_paging_are_translated_into_one_SQL_statement()
    {
        var sql = Assert.Single(await Sql("""
            { accounts(where: { name: { contains: "银行" }, employees: { gte: 10 }, or: [{ industry: { eq: FINANCE } }, { strategic: { eq: true } }],
                                children: { some: { region: { startsWith: "S" } } }, owner: { role: { in: [ACCOUNT_MANAGER] } } },
                       order: [{ monthlyRevenue: DESC }], first: 5) { nodes { name } } }
            """));
        Assert.Contains("WHERE", sql);
        // contains, ignoring case: on PostgreSQL folded under ICU (our columns compare byte by byte)
        Assert.Contains(TestDatabases.OnPostgreSql ? "COLLATE \"und-x-icu\"" : "instr(lower(", sql);
        Assert.Contains("lower(", sql);
        Assert.Contains("\"Employees\" >=", sql);
        Assert.Contains("EXISTS", sql);               // children: { some: … }
        Assert.Contains("JOIN \"Users\"", sql);        // owner: { … }
        Assert.Contains("ORDER BY", sql);
        Assert.Contains("LIMIT", sql);
        Assert.DoesNotContain("OFFSET", sql);         // keyset, not offset paging
    }

    [Fact]
    public async Task A_later_page_is_a_keyset_condition_not_an_offset()
    {
        var cursor = (await fixture.Client.DataAsync("{ accounts(order: [{ name: ASC }], first: 200) { pageInfo { endCursor } } }"))
            .At("accounts.pageInfo.endCursor").GetString();
        fixture.Factory.Sql.Clear();
        await fixture.Client.DataAsync("query($after: String) { accounts(order: [{ name: ASC }], first: 10, after: $after) { nodes { name } } }", new { after = cursor });
        var sql = Assert.Single(fixture.Factory.Sql.Commands);
        Assert.Contains("\"Name\" >", sql);
        Assert.DoesNotContain("OFFSET", sql);
    }

    [Fact]
    public async Task Total_count_and_the_other_page_flag_are_queried_only_when_selected()
    {
        Assert.DoesNotContain(await Sql("{ accounts(first: 3) { nodes { name } pageInfo { hasNextPage } } }"),
            s => s.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Single(await Sql("{ accounts(first: 3) { nodes { name } pageInfo { hasNextPage } } }"));
        Assert.Contains(await Sql("{ accounts(first: 3) { totalCount } }"),
            s => s.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
    }

    // Every listed account has a parent and an owner, so every loader below is used on every page.
    [Theory]
    [InlineData("parent { name } owner { name }", 1)]                                            // page joining parents and owners
    // page (joining parents and owners), parents' owners, parents' children
    [InlineData("parent { name owner { name } children(first: 3) { nodes { name } } } owner { email }", 3)]
    [InlineData("parent { children(first: 2) { totalCount nodes { name owner { name } } } }", 3)] // page, children joining owners, counts
    public async Task The_number_of_statements_does_not_depend_on_the_page_size(string selection, int statements)
    {
        const string where = "where: { parentId: { neq: null }, ownerId: { neq: null }, parent: { ownerId: { neq: null } } }";
        var small = await Sql($"{{ accounts({where}, first: 2, order: [{{ name: ASC }}]) {{ nodes {{ name {selection} }} }} }}");
        var large = await Sql($"{{ accounts({where}, first: 200, order: [{{ name: ASC }}]) {{ nodes {{ name {selection} }} }} }}");
        // One statement per loader and level, whatever the page size (an N+1 read would make 200 or more).
        Assert.Equal(statements, small.Count);
        Assert.Equal(statements, large.Count);
    }

    [Fact]
    public async Task Node_lookups_batch_by_type()
    {
        var ids = (await fixture.Client.DataAsync("{ accounts(first: 20, where: { ownerId: { neq: null } }) { nodes { id owner { id } } } }")).At("accounts.nodes")
            .EnumerateArray().SelectMany(n => new[] { n.GetProperty("id").GetString()!, n.At("owner.id").GetString()! }).ToArray();
        fixture.Factory.Sql.Clear();
        await fixture.Client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal(2, fixture.Factory.Sql.Commands.Count); // one for accounts, one for users
    }
}
