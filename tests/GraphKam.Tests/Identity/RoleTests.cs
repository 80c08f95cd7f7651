using System.Net;
using System.Text.Json;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Tests.Identity;

/// <summary>What each role may and may not do, over the known dataset (Li owns Alpha, alpha beta Bank and the telecom group).</summary>
public sealed class RoleTests : KnownDataTest
{
    private GraphQLClient AccountManagerLi => Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);

    private static Task<GraphQLResponse> Rename(GraphQLClient client, string id, string name) => client.PostAsync(
        """
            mutation($input: UpdateAccountInput!) {
                updateAccount(input: $input) {
                    account {
                        name
                    }
                    errors {
                        __typename
                    }
                }
            }
            """,
        new { input = new { id, name, version = 1 } });

    private async Task<string> NameOf(string account)
    {
        await using var db = Factory.Db();
        return await db.Accounts.Where(a => a.Id == Known.Ids[account]).Select(a => a.Name).SingleAsync();
    }

    [Fact]
    public async Task Anonymous_callers_may_only_introspect()
    {
        var anonymous = Factory.AnonymousClient();
        var schema = await anonymous.PostAsync("{ __schema { queryType { name } } __typename }");
        Assert.Equal((HttpStatusCode.OK, "Query"), (schema.Status, schema.Data.At("__schema.queryType.name").GetString()));

        foreach (var query in new[] { "{ accounts { totalCount } }", "{ me { name } }", "{ __typename node(id: \"QWNjb3VudDox\") { id } }",
                     "mutation { createAccount(input: { name: \"x\", industry: OTHER, region: \"Beijing\" }) { account { id } } }" })
        {
            var refused = await anonymous.PostAsync(query);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
            Assert.False(refused.HasData);
            Assert.All(refused.ErrorCodes, code => Assert.Equal("AUTH_NOT_AUTHENTICATED", code));
        }
        await using var db = Factory.Db();
        Assert.False(await db.Accounts.AnyAsync(a => a.Name == "x"));
    }

    [Fact]
    public async Task An_account_manager_reads_everything_but_changes_only_their_own_accounts()
    {
        var li = AccountManagerLi;
        var all = await li.DataAsync("{ accounts { totalCount } }");
        Assert.Equal(8, all.At("accounts.totalCount").GetInt32()); // every active account, owned or not

        var own = await Rename(li, Known.Id("Alpha Industries"), "Alpha Holdings");
        Assert.Equal("Alpha Holdings", own.Data.At("updateAccount.account.name").GetString());

        var others = await Rename(li, Known.Id("Delta School"), "Li's school now");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], others.ErrorCodes);
        Assert.Equal("Delta School", await NameOf("Delta School"));

        // Nor may they hand an account to themselves by creating one owned by someone else.
        var foreign = await li.PostAsync("""
            mutation($input: CreateAccountInput!) {
                createAccount(input: $input) {
                    account {
                        id
                    }
                }
            }
            """,
            new { input = new { name = "Not mine", industry = "OTHER", region = "Beijing", ownerId = Known.UserId("Zhao Min") } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], foreign.ErrorCodes);
        await using var db = Factory.Db();
        Assert.False(await db.Accounts.AnyAsync(a => a.Name == "Not mine"));
    }

    [Fact]
    public async Task Side_effects_are_checked_too_an_activity_on_another_managers_account_is_refused()
    {
        var logged = await AccountManagerLi.PostAsync("""
            mutation($input: LogActivityInput!) {
                logActivity(input: $input) {
                    activity {
                        id
                    }
                }
            }
            """,
            new { input = new { accountId = Known.Id("Delta School"), type = "CALL", summary = "not my customer", occurredAt = "2026-11-20T10:00:00Z" } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], logged.ErrorCodes);
        await using var db = Factory.Db();
        Assert.False(await db.Activities.AnyAsync(a => a.Summary == "not my customer"));
    }

    [Fact]
    public async Task Only_directors_and_admins_set_targets_policies_and_partners()
    {
        const string target = "mutation { setSalesTarget(input: { period: \"2026-Q4\", amount: 1000000 }) { errors { __typename } } }";
        foreach (var role in new[] { Roles.AccountManager, Roles.InsideSales, Roles.Partner })
        {
            var refused = await Factory.Logins.ClientAs(role).PostAsync(target);
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes);
        }
        await using (var db = Factory.Db()) Assert.False(await db.SalesTargets.AnyAsync());
        var allowed = await Factory.Logins.ClientAs(Roles.Director).PostAsync(target);
        Assert.Equal(JsonValueKind.Null, allowed.Data.At("setSalesTarget.errors").ValueKind);
    }

    [Fact]
    public async Task Only_an_admin_manages_users_and_a_locked_user_cannot_sign_in()
    {
        const string create = """
            mutation($input: CreateUserInput!) {
                createUser(input: $input) {
                    user {
                        id name role
                    }
                    errors {
                        __typename
                    }
                }
            }
            """;
        var input = new { name = "新人 New Person", email = "new@test.graphkam", password = "Strong-password-1", roles = new[] { "INSIDE_SALES" } };
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await Factory.Logins.ClientAs(Roles.Director).PostAsync(create, new { input })).ErrorCodes);

        var admin = Factory.Logins.ClientAs(Roles.Admin);
        var weak = await admin.PostAsync(create, new { input = input with { password = "short" } });
        Assert.Equal(["InvalidPasswordError"], weak.Data.At("createUser.errors").Strings("__typename"));
        var partnerWithout = await admin.PostAsync(create, new { input = input with { roles = new[] { "PARTNER" } } });
        Assert.Equal(["DistributorRequiredError"], partnerWithout.Data.At("createUser.errors").Strings("__typename"));

        var created = await admin.DataAsync(create, new { input });
        var user = created.At("createUser.user");
        Assert.Equal("INSIDE_SALES", user.GetProperty("role").GetString());
        Assert.Equal(["DuplicateEmailError"], (await admin.PostAsync(create, new { input })).Data.At("createUser.errors").Strings("__typename"));

        var http = Factory.CreateClient();
        var signIn = () => http.PostAsync("/auth/login", JsonContent(new { email = "new@test.graphkam", password = "Strong-password-1" }));
        Assert.Equal(HttpStatusCode.OK, (await signIn()).StatusCode);

        var roles = await admin.DataAsync("""
            mutation($input: SetUserRolesInput!) {
                setUserRoles(input: $input) {
                    user {
                        role
                    }
                }
            }
            """,
            new { input = new { userId = user.GetProperty("id").GetString(), roles = new[] { "ACCOUNT_MANAGER" } } });
        Assert.Equal("ACCOUNT_MANAGER", roles.At("setUserRoles.user.role").GetString());

        await admin.DataAsync("mutation($input: LockUserInput!) { lockUser(input: $input) { user { id } } }",
            new { input = new { userId = user.GetProperty("id").GetString(), locked = true } });
        Assert.Equal(HttpStatusCode.Locked, (await signIn()).StatusCode);
        await admin.DataAsync("mutation($input: LockUserInput!) { lockUser(input: $input) { user { id } } }",
            new { input = new { userId = user.GetProperty("id").GetString(), locked = false } });
        var after = await signIn();
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var token = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent(new { query = "{ me { roles } }" }) };
        request.Headers.Authorization = new("Bearer", token);
        var me = await GraphQLResponse.ReadAsync(await http.SendAsync(request));
        Assert.Equal(["ACCOUNT_MANAGER"], me.Data.At("me.roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        using var factory = GraphKamFactory.Empty();
        factory.Settings["GraphKam:GraphQL:EnableIntrospection"] = "false";
        var refused = await factory.Client().PostAsync("{ __schema { queryType { name } } }");
        Assert.NotEqual(HttpStatusCode.OK, refused.Status);
        Assert.False(refused.HasData);
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
