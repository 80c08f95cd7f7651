using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Users;

/// <summary>
/// Checks that the people named in an input are the company's own: an account's owner, a team member, a deal's
/// split, a plan review's participant. A partner's user in any of those seats would put an outside party inside the
/// company's work, and the partner could not even see the row it was given. One statement for the whole list.
/// </summary>
public static class StaffPeople
{
    /// <summary>The distinct keys of the well-formed IDs; each malformed, unknown or partner ID adds its error.</summary>
    public static async Task<List<int>> KeysAsync(GraphKamDbContext db, IReadOnlyList<string> ids, string field,
        Func<string, MutationError> notFound, Func<string, MutationError> notStaff, List<MutationError> errors,
        CancellationToken cancellationToken)
    {
        var parsed = ids.Select(id => (Id: id, WellFormed: GlobalId.TryParseKey(id, "User", out var key), Key: key)).ToList();
        var keys = parsed.Where(p => p.WellFormed).Select(p => p.Key).Distinct().ToList();
        var roles = keys.Count == 0 ? []
            : await db.People.Where(u => keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Role, cancellationToken);
        foreach (var (id, wellFormed, key) in parsed)
        {
            if (!wellFormed) errors.Add(new InvalidIdError(field, id, "User"));
            else if (!roles.TryGetValue(key, out var role)) errors.Add(notFound(id));
            else if (role == UserRole.Partner) errors.Add(notStaff(id));
        }
        return keys;
    }
}
