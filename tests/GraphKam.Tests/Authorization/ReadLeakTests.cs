using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using W = GraphKam.Tests.Authorization.AuthorizationWorld;

namespace GraphKam.Tests.Authorization;

/// <summary>What partners could read or infer about rows they may not see: each way is closed.</summary>
public sealed class ReadLeakTests(AuthorizationWorld world) : IClassFixture<AuthorizationWorld>
{
    private GraphQLClient Partner => world.Callers[W.Partner].Client;
    private GraphQLClient Director => world.Callers[W.Director].Client;

    [Fact]
    public async Task A_partner_reads_a_conflict_written_for_it_without_the_hidden_deal()
    {
        const string Query = """
            {
                channelConflicts(where: { kind: { eq: DIRECT_VS_CHANNEL } }) {
                    nodes {
                        description
                        opportunity {
                            name
                        }
                    }
                }
            }
            """;
        var company = (await Director.DataAsync(Query)).At("channelConflicts.nodes").EnumerateArray().Select(n => n.GetProperty("description").GetString()).ToList();
        Assert.Contains(company, d => d!.Contains("Li direct deal", StringComparison.Ordinal) && d.Contains("2,000,000", StringComparison.Ordinal));

        var partner = (await Partner.DataAsync(Query)).At("channelConflicts.nodes").EnumerateArray().ToList();
        Assert.NotEmpty(partner);
        Assert.All(partner, node =>
        {
            var description = node.GetProperty("description").GetString()!;
            Assert.DoesNotContain("Li direct deal", description, StringComparison.Ordinal);
            Assert.DoesNotContain("2,000,000", description, StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, node.GetProperty("opportunity").ValueKind);
        });
    }

    [Fact]
    public async Task Reads_by_key_stay_filtered_for_a_partner_after_the_company_read_the_same_rows_and_after_it()
    {
        // The loaders' statements are compiled once per model and selection: the company's compiled read of a row
        // must never serve a partner, nor the partner's the company. One key (an equality) and several (a list).
        var (own, hidden) = (world.Callers[W.Partner].Own!, world.Callers[W.Partner].Hidden!);
        var one = $$"""{ node(id: "{{hidden.Account}}") { id ... on Account { name } } }""";
        var several = $$"""{ nodes(ids: ["{{hidden.Account}}", "{{own.Account}}", "{{hidden.ChannelDeal}}"]) { id } }""";
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(hidden.Account, (await Director.DataAsync(one)).At("node.id").GetString());
            Assert.Equal([hidden.Account, own.Account, hidden.ChannelDeal],
                (await Director.DataAsync(several)).At("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
            Assert.Equal(JsonValueKind.Null, (await Partner.DataAsync(one)).At("node").ValueKind);
            Assert.Equal([null, own.Account, null], (await Partner.DataAsync(several)).At("nodes").EnumerateArray()
                .Select(n => n.ValueKind == JsonValueKind.Null ? null : n.GetProperty("id").GetString()));
        }
    }

    [Theory]
    [InlineData("{ accounts(where: { ownerId: { eq: \"$owner\" } }) { totalCount } }")]
    [InlineData("{ accounts(where: { owner: { name: { eq: \"Li\" } } }) { totalCount } }")]
    [InlineData("{ accounts(order: [{ owner: { name: ASC } }]) { totalCount } }")]
    [InlineData("{ opportunities(where: { ownerId: { eq: \"$owner\" } }) { totalCount } }")]
    [InlineData("{ distributors(where: { parentId: { eq: null } }) { totalCount } }")]
    [InlineData("{ accounts { nodes { tierHistory(where: { changedBy: { contains: \"@\" } }) { totalCount } } } }")]
    [InlineData("{ activities(where: { ownerId: { eq: \"$owner\" } }) { totalCount } }")]
    [InlineData("{ activities(where: { owner: { email: { startsWith: \"am\" } } }) { totalCount } }")]
    [InlineData("{ opportunities(where: { account: { owner: { name: { eq: \"Li\" } } } }) { totalCount } }")]
    public async Task A_partner_may_not_filter_or_sort_by_what_it_cannot_read(string query)
    {
        var document = query.Replace("$owner", world.Callers[W.Director].Own!.Owner, StringComparison.Ordinal);
        var refused = await Partner.PostAsync(document);
        Assert.False(refused.HasData && refused.Data.ValueKind == JsonValueKind.Object, refused.Text);
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes);
        // The company's staff may.
        await Director.DataAsync(document);
    }

    [Fact]
    public async Task A_filter_sent_in_variables_is_refused_as_well()
    {
        var refused = await Partner.PostAsync("""
            query($where: AccountFilterInput) {
                accounts(where: $where) {
                    totalCount
                }
            }
            """,
            new { where = new { ownerId = new { eq = world.Callers[W.Director].Own!.Owner } } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes);
    }

    [Fact]
    public async Task Analytics_never_key_a_partners_rows_by_the_companys_people()
    {
        var refused = await Partner.PostAsync("{ pipeline(groupBy: OWNER) { key open } }");
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes);
        var forecast = await Partner.PostAsync("{ forecast(period: \"2026\", groupBy: OWNER) { total { won } } }");
        Assert.Contains("AUTH_NOT_AUTHORIZED", forecast.ErrorCodes);
        var byRegion = await Partner.DataAsync("{ pipeline(groupBy: REGION) { key open } }");
        Assert.Equal("Beijing", byRegion.GetProperty("pipeline")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Audit_fields_show_partners_a_name_never_an_address()
    {
        var deal = world.Callers[W.Partner].Own!.Deal;
        const string Query = "query($id: ID!) { node(id: $id) { ... on Opportunity { stageHistory { changedBy } } } }";
        var company = (await Director.DataAsync(Query, new { id = deal })).At("node.stageHistory")[0].GetProperty("changedBy").GetString()!;
        var partner = (await Partner.DataAsync(Query, new { id = deal })).At("node.stageHistory")[0].GetProperty("changedBy").GetString()!;
        Assert.Contains("@", company, StringComparison.Ordinal);
        Assert.DoesNotContain("@", partner, StringComparison.Ordinal);
        Assert.Equal("Test DIRECTOR", partner);
    }

    [Fact]
    public async Task An_activity_does_not_name_a_deal_the_partner_cannot_see()
    {
        var li = world.Callers[W.Director].Own!;
        world.Snapshot.Restore();
        try
        {
            var logged = await Director.MutateAsync("logActivity", "activity { id opportunityId }", new
            {
                accountId = li.Account,
                type = "MEETING",
                occurredAt = "2026-11-20T08:00:00Z",
                summary = "Pricing",
                opportunityId = li.Deal,
            });
            Assert.Equal(li.Deal, logged.At("activity.opportunityId").GetString());
            var seen = await Partner.DataAsync("""
                query($id: ID!) {
                    node(id: $id) {
                        ... on Activity {
                            summary opportunityId
                        }
                    }
                }
                """,
                new { id = logged.At("activity.id").GetString() });
            Assert.Equal(("Pricing", JsonValueKind.Null), (seen.At("node.summary").GetString(), seen.At("node.opportunityId").ValueKind));
        }
        finally
        {
            world.Snapshot.Restore();
        }
    }
}
