using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Teams;

/// <summary><c>endAccountTeamMembership</c>: sets when a membership ends; the row stays as the team's history.</summary>
public static class EndAccountTeamMembership
{
    public static IReadOnlyList<Type> Errors { get; } =
    [
        typeof(InvalidIdError), typeof(TeamMemberNotFoundError), typeof(StaleVersionError), typeof(MembershipEndedError),
        typeof(UntilBeforeSinceError),
    ];

    public static async Task<Payload> HandleAsync(EndAccountTeamMembershipInput input, MutationScope scope)
    {
        var (member, error) = await scope.FindAtVersionAsync<AccountTeamMember>(input.Id, AccountTeamMemberType.TypeName, "id",
            input.Version, id => new TeamMemberNotFoundError(id));
        if (member == null) return Payload.Failure(error!);
        if (member.Until is { } ended && ended <= scope.Now) return Payload.Failure(new MembershipEndedError(input.Id, ended));
        var until = input.Until?.ToUniversalTime() ?? scope.Now;
        if (until < member.Since) return Payload.Failure(new UntilBeforeSinceError(member.Since, until));
        member.Until = until;
        member.EndedBy = scope.Actor;
        return await scope.SaveNextVersionAsync(member, input.Version);
    }
}
