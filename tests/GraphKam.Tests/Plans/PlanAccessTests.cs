using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Server.Plans;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;
using static GraphKam.Tests.Plans.PlanFixtures;

namespace GraphKam.Tests.Plans;

/// <summary>
/// Plans are the company's internal strategy: partners are refused every plan field and row; staff change only the
/// plans of accounts they own (Li owns Alpha Industries, Zhao Bravo Éclair Power); live changes reach the staff.
/// </summary>
public sealed class PlanAccessTests : KnownDataTest
{
    private async Task<int> DistributorAsync()
    {
        var payload = await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "Plan Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" });
        var id = payload.At("distributor.id").GetString()!;
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }",
            new { accountId = Known.Id("Alpha Industries"), distributorId = id });
        return GlobalId.ParseKey(id, "Distributor");
    }

    [Fact]
    public async Task A_partner_is_refused_every_plan_field_and_sees_no_plan_row()
    {
        var alpha = Known.Id("Alpha Industries"); // served by the partner: it reads the account itself
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = alpha });
        var distributor = await DistributorAsync();
        var partner = Factory.Logins.ClientAs(Roles.Partner, distributor);
        var account = await partner.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { name } } }",
            new { id = alpha });
        Assert.Equal("Alpha Industries", account.At("node.name").GetString());

        foreach (var (document, variables) in new (string, object?)[]
        {
            ("{ accountPlans { nodes { id } } }", null),
            ("{ plansDueForReview { nodes { id } } }", null),
            ("query($id: ID!) { node(id: $id) { ... on Account { plan { id } } } }", new { id = alpha }),
            ("query($id: ID!) { node(id: $id) { ... on Account { plans { nodes { id } } } } }", new { id = alpha }),
            ("""
                mutation($id: ID!) {
                    createAccountPlan(input: { accountId: $id, year: 2027 }) {
                        errors {
                            __typename
                        }
                    }
                }
                """, new { id = alpha }),
            ("""
                mutation($id: ID!) {
                    updateAccountPlan(input: { id: $id, version: 1, summary: "x" }) {
                        errors {
                            __typename
                        }
                    }
                }
                """, new { id = Id(plan) }),
        })
        {
            var refused = await partner.PostAsync(document, variables);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes.Distinct());
            Assert.False(refused.HasData && refused.Data.ValueKind == JsonValueKind.Object, refused.Text);
        }
        // The plan itself answers as a missing node, and its subscription is refused.
        var node = await partner.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Id(plan) });
        Assert.Equal(JsonValueKind.Null, node.Data.At("node").ValueKind);
        await using var socket = await GraphQLSocket.OpenAsync(Factory,
            payload: new { Authorization = "Bearer " + await Factory.Logins.TokenAsync(Roles.Partner, distributor) });
        await socket.SubscribeAsync("p", "subscription($id: ID!) { accountPlanChanged(accountId: $id) { kind } }",
            new { id = alpha });
        var answer = await socket.ReceiveAsync();
        Assert.Equal(("error", "AUTH_NOT_AUTHORIZED"), (answer.GetProperty("type").GetString(),
            answer.GetProperty("payload")[0].At("extensions.code").GetString()));
        Assert.Equal(1, Version(await NodeAsync(Client, Id(plan))));
    }

    [Fact]
    public async Task An_account_manager_changes_the_plans_of_their_own_accounts_only()
    {
        var li = Factory.Logins.ClientAs(Roles.AccountManager, personId: Known.UserIds["李强 Li Qiang"]);
        var mine = await PlanAsync(li, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        await PlanAsync(li, "updateAccountPlan", new { id = Id(mine), version = 1, needs = new[] { "Cloud" } });
        var zhaos = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Bravo Éclair Power") });

        // Li reads Zhao's plan (the company's data) but cannot change it, create one on Zhao's account or review it.
        Assert.Equal(Id(zhaos), (await NodeAsync(li, Id(zhaos))).GetProperty("id").GetString());
        foreach (var (mutation, input) in new (string, object)[]
        {
            ("updateAccountPlan", new { id = Id(zhaos), version = 1, summary = "Taken over" }),
            ("changeAccountPlanStatus", new { id = Id(zhaos), version = 1, status = "ACTIVE" }),
            ("createAccountPlan", new { accountId = Known.Id("Bravo Éclair Power"), year = 2027 }),
        })
        {
            var type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
            var refused = await li.PostAsync(
                $"mutation($input: {type}!) {{ {mutation}(input: $input) {{ accountPlan {{ id }} }} }}", new { input });
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes.Distinct());
        }
        var after = await NodeAsync(Client, Id(zhaos));
        Assert.Equal((1, "DRAFT", JsonValueKind.Null), (Version(after), after.GetProperty("status").GetString(),
            after.GetProperty("summary").ValueKind));
        var plans = await Client.DataAsync("{ accountPlans { nodes { year } } }");
        Assert.Equal(2, plans.At("accountPlans.nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_team_member_changes_and_reviews_the_plan_while_the_membership_lasts()
    {
        var zhao = Factory.Logins.ClientAs(Roles.InsideSales, personId: Known.UserIds["Zhao Min"]);
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Alpha Industries") });
        Assert.Contains("AUTH_NOT_AUTHORIZED", await RefusalAsync(zhao, Id(plan), 1));   // not on Li's team yet

        var member = await Client.MutateAsync("addAccountTeamMember", "accountTeamMember { id }", new
        {
            accountId = Known.Id("Alpha Industries"),
            userId = Known.UserId("Zhao Min"),
            role = "SOLUTION_ENGINEER",
            until = "2026-11-29T08:00:00Z",
        });
        Assert.Empty(ErrorTypes(member));
        plan = await PlanAsync(zhao, "updateAccountPlan", new { id = Id(plan), version = 1, summary = "Team's plan" });
        plan = await MoveAsync(zhao, plan, "ACTIVE");
        plan = await PlanAsync(zhao, "recordPlanReview", new
        {
            planId = Id(plan),
            version = Version(plan),
            userIds = new[] { Known.UserId("Zhao Min") },
            contactIds = Array.Empty<string>(),
            changes = "First review by the team",
        });
        Assert.Equal("REVIEWED", plan.GetProperty("status").GetString());

        // The membership ends: the plan is a colleague's again.
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Contains("AUTH_NOT_AUTHORIZED", await RefusalAsync(zhao, Id(plan), Version(plan)));
        Assert.Equal("Team's plan", (await NodeAsync(Client, Id(plan))).GetProperty("summary").GetString());
    }

    private static async Task<IReadOnlyList<string?>> RefusalAsync(GraphQLClient client, string id, int version) =>
        (await client.PostAsync("""
            mutation($input: UpdateAccountPlanInput!) {
                updateAccountPlan(input: $input) { accountPlan { id } }
            }
            """, new { input = new { id, version, summary = "Not mine" } })).ErrorCodes;

    [Fact]
    public async Task Subscribers_hear_of_the_changes_of_the_account_they_follow()
    {
        var alpha = Known.Id("Alpha Industries");
        var bravo = await PlanAsync(Client, "createAccountPlan", new { accountId = Known.Id("Bravo Éclair Power") });
        await using var socket = await GraphQLSocket.OpenAsync(Factory);
        await socket.SubscribeAsync("s", """
            subscription($id: ID!) {
                accountPlanChanged(accountId: $id) {
                    kind
                    previousStatus
                    accountPlan {
                        status
                        account {
                            name
                        }
                    }
                }
            }
            """, new { id = alpha });
        await Factory.SubscribersAsync(AccountPlanChanged.Topic, 1);
        await MoveAsync(Client, bravo, "ACTIVE"); // another account: not heard of
        var plan = await PlanAsync(Client, "createAccountPlan", new { accountId = alpha });
        await MoveAsync(Client, plan, "ACTIVE");

        var created = (await socket.ReceiveAsync()).At("payload.data.accountPlanChanged");
        Assert.Equal(("CREATED", "Alpha Industries"),
            (created.GetProperty("kind").GetString(), created.At("accountPlan.account.name").GetString()));
        var moved = (await socket.ReceiveAsync()).At("payload.data.accountPlanChanged");
        Assert.Equal(("STATUS_CHANGED", "DRAFT", "ACTIVE"), (moved.GetProperty("kind").GetString(),
            moved.GetProperty("previousStatus").GetString(), moved.At("accountPlan.status").GetString()));
    }
}
