using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
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
        typeof(UserNotStaffError), typeof(OwnerRoleNotAddedError), typeof(DuplicateTeamMemberError), typeof(UntilBeforeSinceError),
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
        if (until is { } end && end < since) errors.Add(new UntilBeforeSinceError(since, end));
        var userId = await UserAsync(scope, input.UserId, errors);
        if (errors.Count > 0) return Payload.Failure(errors);

        var overlapping = await scope.Db.AccountTeamMembers.AnyAsync(m => m.AccountId == account.Id && m.UserId == userId
            && m.Role == input.Role && (m.Until == null || m.Until > since) && (until == null || m.Since < until),
            scope.CancellationToken);
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
    private static async Task<int> UserAsync(MutationScope scope, string id, List<MutationError> errors)
    {
        if (!GlobalId.TryParseKey(id, "User", out var key))
        {
            errors.Add(new InvalidIdError("userId", id, "User"));
            return 0;
        }
        var role = await scope.Db.People.Where(u => u.Id == key).Select(u => (UserRole?)u.Role).FirstOrDefaultAsync(scope.CancellationToken);
        if (role == null) errors.Add(new TeamUserNotFoundError(id));
        else if (role == UserRole.Partner) errors.Add(new UserNotStaffError(id));
        return key;
    }
}
