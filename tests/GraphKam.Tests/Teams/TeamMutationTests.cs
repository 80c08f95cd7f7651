using System.Text.Json;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Tests.Infrastructure;
using static GraphKam.Tests.Infrastructure.GraphQLClient;

namespace GraphKam.Tests.Teams;

/// <summary>Adding and ending team memberships, their history, and each typed error.</summary>
public sealed class TeamMutationTests : TeamTestBase
{
    [Fact]
    public async Task The_owner_leads_the_team_and_a_member_joins_from_now()
    {
        Assert.Equal([("李强 Li Qiang", "OWNER")], await TeamAsync("alpha beta Bank"));
        var added = await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES");
        Assert.Empty(ErrorTypes(added));
        Assert.Equal("2026-11-27T08:00:00Z", added.At("accountTeamMember.since").GetString());
        Assert.Equal(JsonValueKind.Null, added.At("accountTeamMember.until").ValueKind);
        Assert.Equal(1, added.At("accountTeamMember.version").GetInt32());
        Assert.Equal([("李强 Li Qiang", "OWNER"), ("Zhao Min", "INSIDE_SALES")], await TeamAsync("alpha beta Bank"));

        // The owner's entry is not a membership: no ID, no dates, no version.
        var owner = (await Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Account { team { id since version addedBy } } } }
            """, new { id = Known.Id("alpha beta Bank") })).At("node.team")[0];
        Assert.All(["id", "since", "version", "addedBy"], f => Assert.Equal(JsonValueKind.Null, owner.GetProperty(f).ValueKind));
        // An account without an owner has no OWNER entry.
        Assert.Empty(await TeamAsync("Echo Gov Bureau"));
    }

    [Fact]
    public async Task Ending_a_membership_keeps_it_in_the_history()
    {
        var added = await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES");
        Factory.Clock.Advance(TimeSpan.FromDays(10));
        var ended = await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id = added.At("accountTeamMember.id").GetString(), version = 1 });
        Assert.Empty(ErrorTypes(ended));
        Assert.Equal("2026-12-07T08:00:00Z", ended.At("accountTeamMember.until").GetString());
        Assert.Equal(2, ended.At("accountTeamMember.version").GetInt32());
        Assert.Equal([("李强 Li Qiang", "OWNER")], await TeamAsync("alpha beta Bank"));
        Assert.Equal([("李强 Li Qiang", "OWNER"), ("Zhao Min", "INSIDE_SALES")], await TeamAsync("alpha beta Bank", includeEnded: true));

        // Ended is ended; and the same person may join again in the same role from now on.
        var again = await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id = added.At("accountTeamMember.id").GetString(), version = 2 });
        Assert.Equal(["MembershipEndedError"], ErrorTypes(again));
        Assert.Empty(ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES")));
    }

    [Fact]
    public async Task Each_bad_input_gets_its_typed_error_and_saves_nothing()
    {
        await using (var db = Factory.Db())
        {
            db.People.Add(new User { Name = "Partner Pat", Email = "pat@partner.test", Role = UserRole.Partner });
            await db.SaveChangesAsync();
            Known.UserIds["Partner Pat"] = db.People.Single(u => u.Email == "pat@partner.test").Id;
        }
        Assert.Empty(ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "SOLUTION_ENGINEER")));

        Assert.Equal(["TeamUserNotFoundError"], ErrorTypes(await Client.MutateAsync("addAccountTeamMember", MemberSelection,
            new { accountId = Known.Id("alpha beta Bank"), userId = GlobalId.Encode("User", 9999), role = "SERVICE_MANAGER" })));
        Assert.Equal(["UserNotStaffError"], ErrorTypes(await AddAsync("alpha beta Bank", "Partner Pat", "SERVICE_MANAGER")));
        Assert.Equal(["OwnerRoleNotAddedError"], ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "OWNER")));
        var duplicate = await Client.MutateAsync("addAccountTeamMember", "errors { ... on Error { message } }",
            new { accountId = Known.Id("alpha beta Bank"), userId = Known.UserId("Zhao Min"), role = "SOLUTION_ENGINEER" });
        Assert.Equal(["DuplicateTeamMemberError"], ErrorTypes(duplicate));
        // The role as the schema spells it, not as C# does.
        Assert.Contains("SOLUTION_ENGINEER", duplicate.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        // A planned membership that would overlap the current one is a duplicate too.
        Assert.Equal(["DuplicateTeamMemberError"], ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "SOLUTION_ENGINEER",
            since: "2027-01-01T00:00:00Z")));
        Assert.Equal(["UntilBeforeSinceError"], ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "SERVICE_MANAGER",
            since: "2027-01-01T00:00:00Z", until: "2026-12-01T00:00:00Z")));
        Assert.Equal(["AccountArchivedError"], ErrorTypes(await AddAsync("Zulu Archived", "Zhao Min", "SERVICE_MANAGER")));
        Assert.Equal(["InvalidIdError"], ErrorTypes(await Client.MutateAsync("addAccountTeamMember", MemberSelection,
            new { accountId = Known.Id("alpha beta Bank"), userId = Known.Id("Delta School"), role = "SERVICE_MANAGER" })));
        Assert.Equal([("李强 Li Qiang", "OWNER"), ("Zhao Min", "SOLUTION_ENGINEER")], await TeamAsync("alpha beta Bank", includeEnded: true));

        var member = (await Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on Account { team { id } } } }
            """, new { id = Known.Id("alpha beta Bank") })).At("node.team")[1].GetProperty("id").GetString();
        Assert.Equal(["StaleVersionError"], ErrorTypes(await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id = member, version = 7 })));
        Assert.Equal(["UntilBeforeSinceError"], ErrorTypes(await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id = member, version = 1, until = "2026-01-01T00:00:00Z" })));
        Assert.Equal(["TeamMemberNotFoundError"], ErrorTypes(await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id = GlobalId.Encode("AccountTeamMember", 9999), version = 1 })));
        Assert.Equal([("李强 Li Qiang", "OWNER"), ("Zhao Min", "SOLUTION_ENGINEER")], await TeamAsync("alpha beta Bank"));
    }

    [Fact]
    public async Task Memberships_keep_to_the_calendar_and_never_rewrite_the_past()
    {
        Assert.Equal(["DateOutOfCalendarError"], ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES",
            since: "0001-01-01T00:00:00Z")));
        Assert.Equal(["DateOutOfCalendarError"], ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES",
            until: "9999-12-31T00:00:00Z")));
        // An empty membership means nothing: refused when added.
        Assert.Equal(["UntilBeforeSinceError"], ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES",
            since: "2027-01-01T00:00:00Z", until: "2027-01-01T00:00:00Z")));
        // Nor is a membership added that is over by now: that too would rewrite the team's past.
        Assert.Equal(["UntilInPastError"], ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES",
            since: "2020-01-01T00:00:00Z", until: "2021-01-01T00:00:00Z")));
        // The owner covers the account as OWNER: not again as its field or phone rep (another role is theirs to take).
        Assert.Equal(["AlreadyOwnerError"], ErrorTypes(await AddAsync("alpha beta Bank", "李强 Li Qiang", "OUTSIDE_SALES")));
        Assert.Equal([("李强 Li Qiang", "OWNER")], await TeamAsync("alpha beta Bank", includeEnded: true));

        // Ten days into a membership, its end cannot be set back to before today.
        var added = await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES");
        var id = added.At("accountTeamMember.id").GetString();
        Factory.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(["UntilInPastError"], ErrorTypes(await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id, version = 1, until = "2026-12-01T00:00:00Z" })));
        Assert.Equal(["DateOutOfCalendarError"], ErrorTypes(await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id, version = 1, until = "9999-01-01T00:00:00Z" })));
        Assert.Equal([("李强 Li Qiang", "OWNER"), ("Zhao Min", "INSIDE_SALES")], await TeamAsync("alpha beta Bank"));

        // A planned membership ended without a date is withdrawn (it ends at its start), and no longer stands in the
        // way of another one over that time.
        var planned = await AddAsync("alpha beta Bank", "Zhao Min", "SERVICE_MANAGER", since: "2027-01-01T00:00:00Z");
        var withdrawn = await Client.MutateAsync("endAccountTeamMembership", MemberSelection,
            new { id = planned.At("accountTeamMember.id").GetString(), version = 1 });
        Assert.Empty(ErrorTypes(withdrawn));
        Assert.Equal("2027-01-01T00:00:00Z", withdrawn.At("accountTeamMember.until").GetString());
        Assert.Empty(ErrorTypes(await AddAsync("alpha beta Bank", "Zhao Min", "SERVICE_MANAGER", since: "2026-12-20T00:00:00Z")));
    }

    [Fact]
    public async Task A_membership_id_is_not_a_node_and_node_says_so()
    {
        var id = (await AddAsync("alpha beta Bank", "Zhao Min", "INSIDE_SALES")).At("accountTeamMember.id").GetString();
        var answer = await Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal(JsonValueKind.Null, answer.Data.GetProperty("node").ValueKind);
        Assert.Equal(["INVALID_ID"], answer.ErrorCodes);
        Assert.Contains("AccountTeamMember, which is not a Node", answer.Errors[0].GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }
}
