using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Users;

/// <summary>
/// Who may be named owner of an account or handler of a service case: one of the company's staff. A partner's user
/// would put an outside party in the seat of our account manager, and the partner could not even see the row.
/// </summary>
public static class StaffOwners
{
    public static async Task<(int Key, MutationError? Error)> KeyAsync(GraphKamDbContext db, string ownerId,
        CancellationToken cancellationToken, string field = "ownerId")
    {
        var (key, error) = await db.ExistingKeyAsync<User>(ownerId, "User", field, id => new OwnerNotFoundError(id),
            cancellationToken);
        if (error != null) return (key, error);
        var role = await db.People.Where(u => u.Id == key).Select(u => u.Role).FirstAsync(cancellationToken);
        return role == UserRole.Partner ? (key, new OwnerNotStaffError(ownerId)) : (key, null);
    }
}
