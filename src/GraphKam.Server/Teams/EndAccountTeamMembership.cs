using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.Teams;

/// <summary>
/// <c>endAccountTeamMembership</c>: sets when a membership ends; the row stays as the team's history. The end is now or
/// later: an end in the past would rewrite who was on the team when earlier work was done. A membership that has not
/// started may end at its start, which withdraws it.
/// </summary>
public static class EndAccountTeamMembership
{
    public static IReadOnlyList<Type> Errors { get; } =
    [
        typeof(InvalidIdError), typeof(TeamMemberNotFoundError), typeof(StaleVersionError), typeof(MembershipEndedError),
        typeof(UntilBeforeSinceError), typeof(UntilInPastError), typeof(DateOutOfCalendarError),
    ];

    public static async Task<Payload> HandleAsync(EndAccountTeamMembershipInput input, MutationScope scope)
    {
        var (member, error) = await scope.FindAtVersionAsync<AccountTeamMember>(input.Id, AccountTeamMemberType.TypeName, "id",
            input.Version, id => new TeamMemberNotFoundError(id));
        if (member == null) return Payload.Failure(error!);
        if (member.Until is { } ended && ended <= scope.Now) return Payload.Failure(new MembershipEndedError(input.Id, ended));
        var until = input.Until?.ToUniversalTime() ?? (member.Since > scope.Now ? member.Since : scope.Now);
        if (until < member.Since) return Payload.Failure(new UntilBeforeSinceError(member.Since, until));
        if (until < scope.Now) return Payload.Failure(new UntilInPastError(until, scope.Now));
        var errors = new List<MutationError>();
        SalesCalendar.Check(until, "until", errors);
        if (errors.Count > 0) return Payload.Failure(errors);
        member.Until = until;
        member.EndedBy = scope.Actor;
        return await scope.SaveNextVersionAsync(member, input.Version);
    }
}
