using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

/// <summary>
/// <c>archiveAccount</c>: retires an account without losing it (it stays readable by ID). Archiving an archived
/// account changes nothing and succeeds; a headquarters with active branches cannot be archived.
/// </summary>
public static class ArchiveAccount
{
    public static async Task<Payload> HandleAsync(ArchiveAccountInput input, MutationScope scope)
    {
        var (db, cancellationToken) = (scope.Db, scope.CancellationToken);
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.Id);
        if (account == null) return Payload.Failure(missing!);
        if (input.Version is { } version && version != account.Version) return Payload.Failure(new StaleVersionError(version, account.Version));
        if (account.ArchivedAt != null) return Payload.Success(account);

        var activeBranches = await db.Accounts.CountAsync(a => a.ParentId == account.Id && a.ArchivedAt == null, cancellationToken);
        if (activeBranches > 0) return Payload.Failure(new AccountHasBranchesError(activeBranches));

        account.ArchivedAt = scope.Now;
        account.UpdatedAt = scope.Now;
        return await scope.SaveNextVersionAsync(account, input.Version ?? account.Version);
    }
}
