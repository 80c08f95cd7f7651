using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Users;

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
        var (key, error) = await db.ExistingKeyAsync<Account>(parentId, "Account", "parentId", id => new ParentNotFoundError(id), cancellationToken,
            a => a.ArchivedAt == null);
        if (error != null) return error;
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
        var (key, error) = await StaffOwners.KeyAsync(db, ownerId, cancellationToken);
        if (error == null) account.OwnerId = key;
        return error;
    }
}
