using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

/// <summary>
/// <c>archiveAccount</c>: retires an account without losing it (it stays readable by ID). Archiving an archived
/// account changes nothing and succeeds; a headquarters with active branches cannot be archived.
/// </summary>
public static class ArchiveAccount
{
    public static async Task<Payload> HandleAsync(ArchiveAccountInput input, GraphKamDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryParseKey(input.Id, "Account", out var key)) return Payload.Failure(new InvalidIdError("id", input.Id, "Account"));
        var account = await db.Accounts.AsTracking().FirstOrDefaultAsync(a => a.Id == key, cancellationToken);
        if (account == null) return Payload.Failure(new AccountNotFoundError(input.Id));
        if (input.Version is { } version && version != account.Version) return Payload.Failure(new StaleVersionError(version, account.Version));
        if (account.ArchivedAt != null) return Payload.Success(account);

        var activeBranches = await db.Accounts.CountAsync(a => a.ParentId == key && a.ArchivedAt == null, cancellationToken);
        if (activeBranches > 0) return Payload.Failure(new AccountHasBranchesError(activeBranches));

        var now = clock.GetUtcNow().UtcDateTime;
        account.ArchivedAt = now;
        account.UpdatedAt = now;
        account.Version++;
        return await AccountSaving.SaveAsync(db, account, input.Version ?? account.Version - 1, cancellationToken);
    }
}
