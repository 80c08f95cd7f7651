using System.Text.Json;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Accounts;

/// <summary>Each test gets its own server and database (xUnit makes a new instance per test), since they write.</summary>
public sealed class AccountMutationTests : KnownDataTest
{
    private const string Payload = "account { id name region employees monthlyRevenue satisfaction version parent { name } owner { name } } errors { __typename ... on Error { code message } }";

    private async Task<(JsonElement Payload, GraphQLResponse Response)> Mutate(string mutation, object input)
    {
        var response = await Client.PostAsync($"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ result: {mutation}(input: $input) {{ {Payload} }} }}", new { input });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        return (response.Data.GetProperty("result"), response);
    }

    private static List<string> ErrorTypes(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? [] : payload.GetProperty("errors").Strings("__typename");

    private async Task<int> AccountCount()
    {
        await using var db = Factory.Db();
        return await db.Accounts.CountAsync();
    }

    [Fact]
    public async Task CreateAccount_saves_a_valid_account()
    {
        var (payload, response) = await Mutate("createAccount", new
        {
            name = "  新疆大学  ",
            industry = "EDUCATION",
            region = "Xinjiang",
            employees = 4000,
            monthlyRevenue = 12345.675m,
            parentId = Known.Id("Echo Gov Bureau"),
            ownerId = Known.UserId("Zhao Min"),
            satisfaction = 88.5,
        });
        Assert.Empty(response.Errors);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var account = payload.GetProperty("account");
        Assert.Equal("新疆大学", account.GetProperty("name").GetString());
        Assert.Equal(12345.68m, account.GetProperty("monthlyRevenue").GetDecimal()); // kept to the fen
        Assert.Equal(1, account.GetProperty("version").GetInt32());
        Assert.Equal("Echo Gov Bureau", account.At("parent.name").GetString());
        Assert.Equal("Zhao Min", account.At("owner.name").GetString());

        var stored = await Client.DataAsync("""
            query($id: ID!) {
                account(id: $id) {
                    name monthlyRevenue scale coverage loyaltyStage
                }
            }
            """,
            new { id = account.GetProperty("id").GetString() });
        Assert.Equal(12345.68m, stored.At("account.monthlyRevenue").GetDecimal());
        Assert.Equal("SME", stored.At("account.scale").GetString());       // defaults from the schema
        Assert.Equal("SUSPICION", stored.At("account.loyaltyStage").GetString());
    }

    [Fact]
    public async Task CreateAccount_reports_every_problem_and_saves_nothing()
    {
        var before = await AccountCount();
        var (payload, response) = await Mutate("createAccount", new
        {
            name = "   ",
            industry = "OTHER",
            region = "",
            employees = -1,
            monthlyRevenue = -0.01m,
            productsInUse = -3,
            satisfaction = 100.5,
            parentId = Known.UserId("Zhao Min"),
            ownerId = "VXNlcjo5OTk5OTk=", // User:999999
        });
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("account").ValueKind);
        Assert.Equal(["EmptyNameError", "RequiredValueError", "NegativeMetricError", "NegativeMetricError", "NegativeMetricError",
            "SatisfactionOutOfRangeError", "InvalidIdError", "OwnerNotFoundError"], ErrorTypes(payload));
        Assert.Empty(response.Errors); // domain errors are only in the payload, as in HotChocolate
        Assert.Equal(before, await AccountCount());
    }

    [Fact]
    public async Task CreateAccount_refuses_an_unknown_or_archived_parent()
    {
        var (unknown, _) = await Mutate("createAccount", new { name = "X", industry = "OTHER", region = "Beijing", parentId = "QWNjb3VudDo5OTk5OTk=" });
        Assert.Equal(["ParentNotFoundError"], ErrorTypes(unknown));
        var (archived, _) = await Mutate("createAccount", new { name = "X", industry = "OTHER", region = "Beijing", parentId = Known.Id("Zulu Archived") });
        Assert.Equal(["ParentNotFoundError"], ErrorTypes(archived));
    }

    [Fact]
    public async Task UpdateAccount_changes_only_what_is_sent_and_bumps_the_version()
    {
        var (payload, _) = await Mutate("updateAccount", new { id = Known.Id("Delta School"), version = 1, name = "Delta Academy", satisfaction = (double?)null });
        var account = payload.GetProperty("account");
        Assert.Equal("Delta Academy", account.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, account.GetProperty("satisfaction").ValueKind); // null clears
        Assert.Equal("Sichuan", account.GetProperty("region").GetString());               // absent: unchanged
        Assert.Equal(100, account.GetProperty("employees").GetInt32());
        Assert.Equal("Zhao Min", account.At("owner.name").GetString());
        Assert.Equal(2, account.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task UpdateAccount_with_a_stale_version_changes_nothing()
    {
        await Mutate("updateAccount", new { id = Known.Id("Delta School"), version = 1, employees = 120 });
        var (payload, response) = await Mutate("updateAccount", new { id = Known.Id("Delta School"), version = 1, employees = 999 });
        Assert.Equal(["StaleVersionError"], ErrorTypes(payload));
        Assert.Equal(["STALE_VERSION"], payload.GetProperty("errors").Strings("code"));
        Assert.Empty(response.Errors);
        var stored = await Client.DataAsync("query($id: ID!) { account(id: $id) { employees version } }", new { id = Known.Id("Delta School") });
        Assert.Equal(120, stored.At("account.employees").GetInt32());
        Assert.Equal(2, stored.At("account.version").GetInt32());
    }

    [Fact]
    public async Task Concurrent_updates_with_the_same_version_let_exactly_one_win()
    {
        var updates = Enumerable.Range(0, 8).Select(i => Mutate("updateAccount", new { id = Known.Id("Alpha Industries"), version = 1, employees = 2000 + i }));
        var results = await Task.WhenAll(updates);
        Assert.Single(results, r => ErrorTypes(r.Payload).Count == 0);
        Assert.All(results.Where(r => ErrorTypes(r.Payload).Count > 0), r => Assert.Equal(["StaleVersionError"], ErrorTypes(r.Payload)));
    }

    [Fact]
    public async Task UpdateAccount_refuses_a_parent_that_makes_the_group_loop()
    {
        var headquarters = Known.Id("中国电信集团有限公司");
        var (toBranch, _) = await Mutate("updateAccount", new { id = headquarters, version = 1, parentId = Known.Id("中国电信新疆分公司") });
        Assert.Equal(["ParentCycleError"], ErrorTypes(toBranch));
        var (toItself, _) = await Mutate("updateAccount", new { id = headquarters, version = 1, parentId = headquarters });
        Assert.Equal(["ParentCycleError"], ErrorTypes(toItself));

        // A longer loop: A under branch B, then the head office under A.
        var (moved, _) = await Mutate("updateAccount", new { id = Known.Id("Alpha Industries"), version = 1, parentId = Known.Id("中国电信四川分公司") });
        Assert.Empty(ErrorTypes(moved));
        var (loop, _) = await Mutate("updateAccount", new { id = headquarters, version = 1, parentId = Known.Id("Alpha Industries") });
        Assert.Equal(["ParentCycleError"], ErrorTypes(loop));

        var (detached, _) = await Mutate("updateAccount", new { id = Known.Id("中国电信新疆分公司"), version = 1, parentId = (string?)null });
        Assert.Equal(JsonValueKind.Null, detached.At("account.parent").ValueKind);
    }

    [Fact]
    public async Task UpdateAccount_refuses_null_for_a_value_that_cannot_be_empty()
    {
        var (payload, _) = await Mutate("updateAccount", new { id = Known.Id("Delta School"), version = 1, industry = (string?)null, name = (string?)null });
        Assert.Equal(["RequiredValueError", "EmptyNameError"], ErrorTypes(payload));
    }

    [Fact]
    public async Task UpdateAccount_of_an_unknown_or_mistyped_id()
    {
        var (unknown, _) = await Mutate("updateAccount", new { id = "QWNjb3VudDo5OTk5OTk=", version = 1 });
        Assert.Equal(["AccountNotFoundError"], ErrorTypes(unknown));
        var (mistyped, _) = await Mutate("updateAccount", new { id = Known.UserId("Zhao Min"), version = 1 });
        Assert.Equal(["InvalidIdError"], ErrorTypes(mistyped));
    }

    [Fact]
    public async Task ArchiveAccount_hides_it_from_lists_keeps_it_readable_and_read_only()
    {
        var id = Known.Id("Delta School");
        var (archived, _) = await Mutate("archiveAccount", new { id });
        Assert.Equal(2, archived.At("account.version").GetInt32());
        var list = await Client.DataAsync("{ accounts { nodes { name } } }");
        Assert.DoesNotContain("Delta School", list.At("accounts.nodes").Strings("name"));
        var again = await Mutate("archiveAccount", new { id });
        Assert.Empty(ErrorTypes(again.Payload));
        Assert.Equal(2, again.Payload.At("account.version").GetInt32()); // archiving twice changes nothing

        var (update, _) = await Mutate("updateAccount", new { id, version = 2, name = "Nope" });
        Assert.Equal(["AccountArchivedError"], ErrorTypes(update));
    }

    [Fact]
    public async Task ArchiveAccount_refuses_a_head_office_with_active_branches_or_a_stale_version()
    {
        var (withBranches, _) = await Mutate("archiveAccount", new { id = Known.Id("中国电信集团有限公司") });
        Assert.Equal(["AccountHasBranchesError"], ErrorTypes(withBranches));
        var (stale, _) = await Mutate("archiveAccount", new { id = Known.Id("Echo Gov Bureau"), version = 7 });
        Assert.Equal(["StaleVersionError"], ErrorTypes(stale));
    }

    [Fact]
    public async Task Each_mutation_of_a_document_answers_with_what_it_wrote_not_what_a_later_one_did()
    {
        // The first payload's contacts are a nested page read in a batch: it must be read before the second mutation
        // runs. Both payloads select the page through one fragment (one field of the document, as Apollo's clients
        // write it), so the third must not be served the first one's page from the request's loaders.
        const string Document = """
            mutation($account: UpdateAccountInput!, $contact: AddContactInput!) {
              before: updateAccount(input: $account) { account { ...Contacts } }
              add: addContact(input: $contact) { contact { name } }
              after: archiveAccount(input: { id: "@id" }) { account { ...Contacts } }
            }
            fragment Contacts on Account { employees contacts { totalCount nodes { name } } }
            """;
        var id = Known.Id("Delta School");
        var data = await Client.DataAsync(Document.Replace("@id", id), new
        {
            account = new { id, version = 1, employees = 101 },
            contact = new { accountId = id, name = "王芳 Wang Fang" },
        });
        Assert.Equal(0, data.At("before.account.contacts.totalCount").GetInt32());
        Assert.Empty(data.At("before.account.contacts.nodes").Strings("name"));
        Assert.Equal(1, data.At("after.account.contacts.totalCount").GetInt32());
        Assert.Equal(["王芳 Wang Fang"], data.At("after.account.contacts.nodes").Strings("name"));
    }
}
