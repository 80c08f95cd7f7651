using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Users;

/// <summary>Who may be named owner of an account, a deal or a service case: one of the company's staff.</summary>
public static class StaffOwners
{
    public static async Task<(int Key, MutationError? Error)> KeyAsync(GraphKamDbContext db, string ownerId,
        CancellationToken cancellationToken, string field = "ownerId") =>
        (await StaffPeople.CheckAsync(db, [ownerId], field, id => new OwnerNotFoundError(id), id => new OwnerNotStaffError(id),
            cancellationToken))[0];
}
