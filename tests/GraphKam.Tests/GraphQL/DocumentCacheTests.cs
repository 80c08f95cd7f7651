using System.Net;
using GraphKam.GraphQL.Limits;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.Tests.GraphQL;

/// <summary>
/// Issue 22: a document sent again is neither parsed nor put through the caller-independent validation rules again,
/// but every request still gets its caller's authorization, its variables' checks and its own cost.
/// Each test's documents carry a comment of their own, so that no other test has cached their text.
/// </summary>
public sealed class DocumentCacheTests : KnownDataTest
{
    private DocumentCache Cache => Factory.Services.GetRequiredService<DocumentCache>();

    [Fact]
    public async Task The_same_text_is_parsed_once_and_validated_once()
    {
        const string Query = """
            # same text
            { accounts(first: 2) { totalCount } }
            """;
        var first = await Client.DataAsync(Query);
        var cached = Cache.Find(Query);
        Assert.NotNull(cached);
        Assert.True(cached.IsValidated(null));

        var second = await Client.DataAsync(Query);
        Assert.Same(cached, Cache.Find(Query)); // not parsed and added again
        Assert.Equal(first.At("accounts.totalCount").GetInt32(), second.At("accounts.totalCount").GetInt32());
    }

    [Fact]
    public async Task Validation_is_remembered_per_operation_name()
    {
        const string Query = """
            # two operations
            query Few { accounts(first: 1) { totalCount } }
            query Many { accounts(first: 3) { totalCount } }
            """;
        var few = await Client.SendRawAsync(Named(Query, "Few"));
        Assert.Equal(HttpStatusCode.OK, few.Status);
        var cached = Cache.Find(Query)!;
        Assert.True(cached.IsValidated("Few"));
        Assert.False(cached.IsValidated("Many"));

        var many = await Client.SendRawAsync(Named(Query, "Many"));
        Assert.Equal(HttpStatusCode.OK, many.Status);
        Assert.True(cached.IsValidated("Many"));
        Assert.False(cached.IsValidated(null));
    }

    private static string Named(string query, string operationName) =>
        System.Text.Json.JsonSerializer.Serialize(new { query, operationName });

    [Fact]
    public async Task A_document_a_director_ran_is_still_refused_to_callers_without_the_role()
    {
        const string Query = """
            # roles
            { apiTokens { id } }
            """;
        await Client.DataAsync(Query);
        Assert.True(Cache.Find(Query)!.IsValidated(null));

        var manager = await Factory.Logins.ClientAs(Roles.AccountManager).PostAsync(Query);
        Assert.False(manager.HasData && manager.Data.ValueKind == System.Text.Json.JsonValueKind.Object, manager.Text);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], manager.ErrorCodes);

        var anonymous = await Factory.AnonymousClient().PostAsync(Query);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task A_filter_a_director_used_is_still_refused_to_a_partner()
    {
        const string Query = """
            # restricted input
            query($owner: ID) { opportunities(where: { ownerId: { eq: $owner } }) { totalCount } }
            """;
        var owner = Known.UserId("Zhao Min");
        await Client.DataAsync(Query, new { owner });
        Assert.True(Cache.Find(Query)!.IsValidated(null));

        var distributor = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Cache Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var partner = Factory.Logins.ClientAs(Roles.Partner,
            GlobalId.ParseKey(distributor.At("distributor.id").GetString()!, "Distributor"));
        var refused = await partner.PostAsync(Query, new { owner });
        Assert.False(refused.HasData && refused.Data.ValueKind == System.Text.Json.JsonValueKind.Object, refused.Text);
        Assert.NotEmpty(refused.ErrorCodes);
    }

    [Fact]
    public async Task Each_requests_variables_are_still_checked()
    {
        const string Query = """
            # variables
            query($first: Int, $name: String) {
              accounts(first: $first, where: { name: { contains: $name } }) { totalCount }
            }
            """;
        await Client.DataAsync(Query, new { first = 2, name = "Alpha" });
        Assert.True(Cache.Find(Query)!.IsValidated(null));

        var notANumber = await Client.PostAsync(Query, new { first = "many", name = "Alpha" });
        Assert.False(notANumber.HasData && notANumber.Data.ValueKind == System.Text.Json.JsonValueKind.Object);
        Assert.NotEmpty(notANumber.ErrorCodes);

        var controlCharacter = await Client.PostAsync(Query, new { first = 2, name = "Evil\u0000Corp" });
        Assert.Equal(["INVALID_TEXT"], controlCharacter.ErrorCodes);
    }

    [Fact]
    public async Task Each_request_pays_its_own_cost()
    {
        const string Query = """
            # cost
            query($accounts: Int, $deals: Int) {
              accounts(first: $accounts) { nodes { opportunities(first: $deals) { nodes { name } } } }
            }
            """;
        await Client.DataAsync(Query, new { accounts = 2, deals = 2 });
        Assert.True(Cache.Find(Query)!.IsValidated(null));

        var expensive = await Client.PostAsync(Query, new { accounts = 500, deals = 500 });
        Assert.Contains(expensive.ErrorCodes, c => c!.Contains("COMPLEXITY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cache_keeps_at_most_its_size_in_text()
    {
        using var factory = GraphKamFactory.Empty();
        factory.Settings["GraphKam:GraphQL:DocumentCacheSize"] = "200";
        var client = factory.Client();
        var cache = factory.Services.GetRequiredService<DocumentCache>();
        for (var i = 0; i < 10; i++)
        {
            var query = $"# document {i:00} of ten, about sixty characters\n{{ me {{ name }} }}";
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(query)).Status);
            Assert.InRange(cache.Count, 0, 200 / query.Length);
        }
        var large = $"# {new string('x', 300)}\n{{ me {{ name }} }}";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(large)).Status); // answered, never kept
        Assert.Null(cache.Find(large));
    }
}
