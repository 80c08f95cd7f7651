using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Users;

/// <summary>
/// Checks that the people named in an input are the company's own: an account's or a deal's owner, a team member, a
/// share of a deal, a plan review's participant. A partner's user in any of those seats would put an outside party
/// inside the company's work, and the partner could not even see the row it was given. One statement for the list.
/// </summary>
public static class StaffPeople
{
    /// <summary>For each ID given, in order: its user key, or the error that says why it names none of our staff.</summary>
    public static async Task<List<(int Key, MutationError? Error)>> CheckAsync(GraphKamDbContext db, IReadOnlyList<string> ids,
        string field, Func<string, MutationError> notFound, Func<string, MutationError> notStaff,
        CancellationToken cancellationToken)
    {
        var parsed = ids.Select(id => GlobalId.TryParseKey(id, "User", out var key) ? key : (int?)null).ToList();
        var keys = parsed.OfType<int>().Distinct().ToList();
        var roles = keys.Count == 0 ? []
            : await db.People.Where(u => keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Role, cancellationToken);
        return [.. ids.Select((id, i) => parsed[i] is not { } key ? (0, new InvalidIdError(field, id, "User"))
            : !roles.TryGetValue(key, out var role) ? (0, notFound(id))
            : role == UserRole.Partner ? (0, notStaff(id))
            : (key, (MutationError?)null))];
    }

    /// <summary>The key of one person, with its error added to <paramref name="errors"/> (key 0 then).</summary>
    public static async Task<int> KeyAsync(GraphKamDbContext db, string id, string field, Func<string, MutationError> notFound,
        Func<string, MutationError> notStaff, List<MutationError> errors, CancellationToken cancellationToken)
    {
        var (key, error) = (await CheckAsync(db, [id], field, notFound, notStaff, cancellationToken))[0];
        if (error != null) errors.Add(error);
        return key;
    }
}
