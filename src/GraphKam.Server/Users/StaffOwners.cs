using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Users;

/// <summary>Who may be named owner of an account or handler of a service case: one of the company's staff.</summary>
public static class StaffOwners
{
    public static async Task<(int Key, MutationError? Error)> KeyAsync(GraphKamDbContext db, string ownerId,
        CancellationToken cancellationToken, string field = "ownerId")
    {
        var errors = new List<MutationError>();
        var keys = await StaffPeople.KeysAsync(db, [ownerId], field, id => new OwnerNotFoundError(id),
            id => new OwnerNotStaffError(id), errors, cancellationToken);
        return errors.Count > 0 ? (0, errors[0]) : (keys[0], null);
    }
}
