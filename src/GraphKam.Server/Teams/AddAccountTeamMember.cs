using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Teams;

/// <summary>
/// <c>addAccountTeamMember</c>: a person of the company joins an account's team in a role. Whether the caller may
/// is the team's write rule (the account's owner or a manager), checked on the row when it is saved.
/// </summary>
public static class AddAccountTeamMember
{
    public static IReadOnlyList<Type> Errors { get; } =
    [
        typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(TeamUserNotFoundError),
        typeof(UserNotStaffError), typeof(OwnerRoleNotAddedError), typeof(AlreadyOwnerError), typeof(DuplicateTeamMemberError), typeof(UntilBeforeSinceError),
        typeof(DateOutOfCalendarError), typeof(UntilInPastError),
    ];

    public static async Task<Payload> HandleAsync(AddAccountTeamMemberInput input, MutationScope scope)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var errors = new List<MutationError>();
        if (input.Role == TeamRole.Owner) errors.Add(new OwnerRoleNotAddedError());
        var since = input.Since?.ToUniversalTime() ?? scope.Now;
        var until = input.Until?.ToUniversalTime();
        SalesCalendar.Check(since, "since", errors);
        SalesCalendar.Check(until, "until", errors);
        // An empty membership (until at since) would mean nothing and still stand in the way of later ones.
        if (until is { } end && end <= since) errors.Add(new UntilBeforeSinceError(since, end));
        // A past `since` records a team as it already is; a membership over by now would rewrite the team's past.
        else if (until is { } over && over < scope.Now) errors.Add(new UntilInPastError(over, scope.Now));
        var userId = await UserAsync(scope, input.UserId, errors);
        // The owner covers the account in person (coverage counts them as its outside or inside rep): a sales
        // membership would list them twice. Other roles (a director owning an account may sponsor it) are theirs.
        if (errors.Count == 0 && account.OwnerId == userId && input.Role is TeamRole.OutsideSales or TeamRole.InsideSales)
            errors.Add(new AlreadyOwnerError(input.UserId));
        if (errors.Count > 0) return Payload.Failure(errors);

        var overlapping = await scope.Db.AccountTeamMembers
            .Where(m => m.AccountId == account.Id && m.UserId == userId && m.Role == input.Role)
            .AnyAsync(Periods.Overlapping<AccountTeamMember>(since, until), scope.CancellationToken);
        if (overlapping) return Payload.Failure(new DuplicateTeamMemberError(input.UserId, input.Role));
        var member = new AccountTeamMember
        {
            AccountId = account.Id,
            UserId = userId,
            Role = input.Role,
            Since = since,
            Until = until,
            AddedBy = scope.Actor,
            Version = 1,
        };
        scope.Db.AccountTeamMembers.Add(member);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(member);
    }

    /// <summary>The key of the given person, one of the company's own.</summary>
    private static Task<int> UserAsync(MutationScope scope, string id, List<MutationError> errors) =>
        StaffPeople.KeyAsync(scope.Db, id, "userId", given => new TeamUserNotFoundError(given),
            given => new UserNotStaffError(given), errors, scope.CancellationToken);
}
