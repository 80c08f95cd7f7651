using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

/// <summary>Points an account at its parent and owner, checking that they exist and that the group does not loop.</summary>
internal static class AccountReferences
{
    public static async Task<MutationError?> SetParentAsync(GraphKamDbContext db, Account account, string? parentId, CancellationToken cancellationToken)
    {
        if (parentId == null)
        {
            account.ParentId = null;
            return null;
        }
        if (!GlobalId.TryParseKey(parentId, "Account", out var key)) return new InvalidIdError("parentId", parentId, "Account");
        if (!await db.Accounts.AnyAsync(a => a.Id == key && a.ArchivedAt == null, cancellationToken)) return new ParentNotFoundError(parentId);
        var isNew = account.Id == 0;
        if (!isNew && AccountRules.FormsCycle(account.Id, key, await AccountHierarchy.AncestorsAsync(db, key, cancellationToken)))
            return new ParentCycleError(parentId);
        account.ParentId = key;
        return null;
    }

    public static async Task<MutationError?> SetOwnerAsync(GraphKamDbContext db, Account account, string? ownerId, CancellationToken cancellationToken)
    {
        if (ownerId == null)
        {
            account.OwnerId = null;
            return null;
        }
        if (!GlobalId.TryParseKey(ownerId, "User", out var key)) return new InvalidIdError("ownerId", ownerId, "User");
        if (!await db.People.AnyAsync(u => u.Id == key, cancellationToken)) return new OwnerNotFoundError(ownerId);
        account.OwnerId = key;
        return null;
    }
}
