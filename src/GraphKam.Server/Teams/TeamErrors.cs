using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.Teams;

[Description("No person of the sales organisation has the given ID.")]
public sealed record TeamUserNotFoundError(
    [property: Description("The user ID given.")] string UserId)
    : MutationError("USER_NOT_FOUND", $"No user has the ID '{InputEcho.Shorten(UserId)}'.");

[Description("The person is a partner's user: only the company's own people join an account's team.")]
public sealed record UserNotStaffError(
    [property: Description("The user ID given.")] string UserId)
    : MutationError("USER_NOT_STAFF", "Only the company's own people can be on an account's team, not a partner's users.");

[Description("The OWNER role was asked for: the owner is the account's `owner`, changed with `updateAccount`.")]
public sealed record OwnerRoleNotAddedError()
    : MutationError("OWNER_ROLE_NOT_ADDED", "The account's owner is its `owner` (change it with updateAccount), not a team member.");

[Description("The person already holds this role on the account's team for part of the time asked.")]
public sealed record DuplicateTeamMemberError(
    [property: Description("The user ID given.")] string UserId,
    [property: Description("The role given.")] TeamRole Role)
    : MutationError("DUPLICATE_TEAM_MEMBER",
        $"The person already holds the role {EnumType<TeamRole>.ConstantCase(Role.ToString())} on this account's team for that time.");

[Description("The account's owner was to join its team in a sales role: the owner covers the account as its OWNER already.")]
public sealed record AlreadyOwnerError(
    [property: Description("The user ID given.")] string UserId)
    : MutationError("ALREADY_OWNER",
        "The person owns the account and covers it as OWNER already: a sales role would list them twice. Add someone else.");

[Description("A membership was to end before now: the team's past is kept as it was.")]
public sealed record UntilInPastError(
    [property: Description("The end given.")] DateTime Until,
    [property: Description("The server's time when asked.")] DateTime Now)
    : MutationError("UNTIL_IN_PAST", $"A membership ends now or later, not in the past ({Until:O} is before {Now:O}).");

[Description("No team membership has the given ID.")]
public sealed record TeamMemberNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("TEAM_MEMBER_NOT_FOUND", $"No team membership has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The membership has already ended.")]
public sealed record MembershipEndedError(
    [property: Description("The membership's ID.")] string Id,
    [property: Description("When it ended.")] DateTime Until)
    : MutationError("MEMBERSHIP_ENDED", $"The membership ended at {Until:O}; its history is kept as it is.");

[Description("A coverage rule allowed no coverage at all.")]
public sealed record NoCoverageAllowedError()
    : MutationError("NO_COVERAGE_ALLOWED", "A coverage rule must allow at least one coverage.");
