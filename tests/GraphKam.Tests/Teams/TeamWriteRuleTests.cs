using GraphKam.GraphQL.Relay;
using GraphKam.Server.Common;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Teams;

/// <summary>
/// A team member may work the account as its owner may (contacts, activities, deals, cases), but not change the
/// account itself or its team; once the membership ends they may not. Nobody joins a colleague's account by themselves.
/// </summary>
public sealed class TeamWriteRuleTests : TeamTestBase
{
    private async Task<bool> AddContactAsync(GraphQLClient client) =>
        Succeeded(await RunAsync(client, "addContact", new { accountId = Known.Id("alpha beta Bank"), name = "Team contact" }));

    private async Task<bool> LogCallAsync(GraphQLClient client) => Succeeded(await RunAsync(client, "logActivity",
        new { accountId = Known.Id("alpha beta Bank"), type = "CALL", occurredAt = "2026-11-27T07:00:00Z", summary = "Team call" }));

    [Fact]
    public async Task A_member_works_the_account_but_not_its_master_data_nor_its_team_until_the_membership_ends()
    {
        Assert.False(await AddContactAsync(Zhao));              // not on the team yet: a colleague's account
        Assert.False(await LogCallAsync(Zhao));
        var added = await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES", client: Li, until: "2026-12-27T08:00:00Z");
        Assert.Empty(ErrorTypes(added));                       // the owner builds the team

        Assert.True(await AddContactAsync(Zhao));
        Assert.True(await LogCallAsync(Zhao));
        Assert.True(Succeeded(await RunAsync(Zhao, "openServiceCase", new
        {
            accountId = Known.Id("alpha beta Bank"),
            kind = "REQUEST",
            severity = "LOW",
            channel = "PHONE",
            subject = "Team case",
        })));
        // Not the account's own row, its owner, nor its team.
        var version = (await Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Account { version } } }",
            new { id = Known.Id("alpha beta Bank") })).At("node.version").GetInt32();
        var refusals = new[]
        {
            await RunAsync(Zhao, "updateAccount", new { id = Known.Id("alpha beta Bank"), version, satisfaction = 10.0 }),
            await RunAsync(Zhao, "updateAccount", new { id = Known.Id("alpha beta Bank"), version, ownerId = Known.UserId("Zhao Min") }),
            await RunAsync(Zhao, "addAccountTeamMember",
                new { accountId = Known.Id("alpha beta Bank"), userId = Known.UserId("Zhao Min"), role = "SERVICE_MANAGER" }),
            await RunAsync(Zhao, "endAccountTeamMembership", new { id = added.At("accountTeamMember.id").GetString(), version = 1 }),
        };
        Assert.All(refusals, r => Assert.Contains("AUTH_NOT_AUTHORIZED", r.ErrorCodes));
        Assert.Equal([("李强 Li Qiang", "OWNER"), ("Zhao Min", "INSIDE_SALES")], await TeamAsync("alpha beta Bank"));

        // A month later the membership has ended: the account is a colleague's again.
        Factory.Clock.Advance(TimeSpan.FromDays(30));
        Assert.False(await AddContactAsync(Zhao));
        Assert.False(await LogCallAsync(Zhao));
        Assert.True(await AddContactAsync(Li));
    }

    [Fact]
    public async Task Staff_cannot_add_themselves_to_a_colleagues_account()
    {
        var refused = await RunAsync(Zhao, "addAccountTeamMember",
            new { accountId = Known.Id("alpha beta Bank"), userId = Known.UserId("Zhao Min"), role = "INSIDE_SALES" });
        Assert.Contains("AUTH_NOT_AUTHORIZED", refused.ErrorCodes);
        Assert.Equal([("李强 Li Qiang", "OWNER")], await TeamAsync("alpha beta Bank", includeEnded: true));
        Assert.False(await AddContactAsync(Zhao));
        // On an account of their own they may build the team.
        Assert.Empty(ErrorTypes(await AddAsync("Delta School", "李强 Li Qiang", "OUTSIDE_SALES", client: Zhao)));
    }

    [Fact]
    public async Task A_membership_that_has_not_started_gives_no_rights_yet()
    {
        Assert.Empty(ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES", client: Li, since: "2026-12-01T00:00:00Z")));
        Assert.False(await AddContactAsync(Zhao));
        Factory.Clock.Advance(TimeSpan.FromDays(5));
        Assert.True(await AddContactAsync(Zhao));
    }

    [Fact]
    public async Task Partners_neither_read_nor_change_teams_and_coverage()
    {
        var distributor = (await Client.MutateAsync("createDistributor", "distributor { id }",
            new { name = "P1 Partner", kind = "AUTHORIZED", contractStart = "2026-01-01T00:00:00Z" })).At("distributor.id").GetString()!;
        await Client.MutateAsync("assignDistributor", "assignment { assignedAt }",
            new { accountId = Known.Id("alpha beta Bank"), distributorId = distributor });
        var partner = Factory.Logins.ClientAs(Roles.Partner, distributorId: GlobalId.ParseKey(distributor, "Distributor"));
        var added = await RunAsync(partner, "addAccountTeamMember",
            new { accountId = Known.Id("alpha beta Bank"), userId = Known.UserId("Zhao Min"), role = "INSIDE_SALES" });
        Assert.Contains("AUTH_NOT_AUTHORIZED", added.ErrorCodes);
        var rule = await RunAsync(partner, "setCoverageRule", new { tierCode = "A1", allowedCoverage = new[] { "CHANNEL" }, requiredRoles = Array.Empty<string>() });
        Assert.Contains("AUTH_NOT_AUTHORIZED", rule.ErrorCodes);
        foreach (var query in new[] { "{ coverageExceptions { totalCount } }", "{ coverageRules { tierCode } }", "{ accounts { nodes { team { role } } } }" })
            Assert.Contains("AUTH_NOT_AUTHORIZED", (await partner.PostAsync(query)).ErrorCodes);
        // Staff may not set coverage rules either: they are the managers'.
        Assert.Contains("AUTH_NOT_AUTHORIZED", (await RunAsync(Li, "setCoverageRule",
            new { tierCode = "A1", allowedCoverage = new[] { "INSIDE" }, requiredRoles = Array.Empty<string>() })).ErrorCodes);
        Assert.Equal([("李强 Li Qiang", "OWNER")], await TeamAsync("alpha beta Bank", includeEnded: true));
    }
}
