using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GraphKam.Tests.Data;

/// <summary>
/// Pooled contexts serve one caller after another (<c>GraphKamContextPool</c>): two partners, account managers and a
/// director reading and writing at once each get their own rows and their own write rules, nested lists included.
/// </summary>
public sealed class InterleavedCallerTests(ITestOutputHelper output) : KnownDataTest
{
    private async Task<int> PartnerOfAsync(string name, string account)
    {
        var payload = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name, kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var id = payload.At("distributor.id").GetString()!;
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }", new { accountId = Known.Id(account), distributorId = id });
        return GlobalId.ParseKey(id, "Distributor");
    }

    private const string Read = """
        { accounts(first: 100) { nodes { name opportunities(first: 50) { totalCount nodes { account { name } } }
          contacts(first: 50) { nodes { account { name } } } children(first: 20) { nodes { name } } } } }
        """;

    [Fact]
    public async Task Interleaved_callers_see_only_their_rows()
    {
        var a = Factory.Logins.ClientAs(Roles.Partner, await PartnerOfAsync("Probe A", "Alpha Industries"));
        var b = Factory.Logins.ClientAs(Roles.Partner, await PartnerOfAsync("Probe B", "Bravo Éclair Power"));
        var li = Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
        var zhao = Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["Zhao Min"]);
        var director = Client;
        var alpha = Known.Id("Alpha Industries");

        async Task PartnerLoop(GraphQLClient client, string only)
        {
            for (var i = 0; i < 15; i++)
            {
                var data = await client.DataAsync(Read);
                var names = Names(data).Distinct().ToList();
                Assert.True(names.All(n => n == only), $"{only}: {string.Join(", ", names)}");
            }
        }
        async Task StaffLoop(GraphQLClient client)
        {
            for (var i = 0; i < 15; i++)
                Assert.True(Names(await client.DataAsync(Read)).Distinct().Count() > 2);
        }
        async Task ZhaoWrites()
        {
            for (var i = 0; i < 15; i++)
            {
                var version = (await director.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { version } } }", new { id = alpha }))
                    .At("node.version").GetInt32();
                var refused = await zhao.PostAsync("""
                    mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id } errors { __typename } } }
                    """, new { input = new { id = alpha, version, satisfaction = 11.0 } });
                output.WriteLine(refused.Text);
                Assert.DoesNotContain("\"account\":{", refused.Text, StringComparison.Ordinal);
            }
        }
        async Task DirectorWrites()
        {
            for (var i = 0; i < 15; i++)
            {
                var version = (await director.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { version } } }", new { id = alpha }))
                    .At("node.version").GetInt32();
                await director.MutateAsync("updateAccount", "account { id }", new { id = alpha, version, satisfaction = 50.0 + i });
            }
        }
        await Task.WhenAll(PartnerLoop(a, "Alpha Industries"), PartnerLoop(b, "Bravo Éclair Power"), StaffLoop(li), StaffLoop(director),
            ZhaoWrites(), DirectorWrites());
        var satisfaction = (await director.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { satisfaction } } }", new { id = alpha }))
            .At("node.satisfaction").GetDouble();
        Assert.NotEqual(11.0, satisfaction);
    }

    private static IEnumerable<string> Names(JsonElement data)
    {
        foreach (var account in data.At("accounts.nodes").EnumerateArray())
        {
            yield return account.GetProperty("name").GetString()!;
            foreach (var o in account.At("opportunities.nodes").EnumerateArray()) yield return o.At("account.name").GetString()!;
            foreach (var c in account.At("contacts.nodes").EnumerateArray()) yield return c.At("account.name").GetString()!;
            foreach (var c in account.At("children.nodes").EnumerateArray()) yield return c.GetProperty("name").GetString()!;
        }
    }
}
