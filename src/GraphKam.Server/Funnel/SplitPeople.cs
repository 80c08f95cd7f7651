using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>
/// The people a split names, read in one statement: each share's user key, or why it names none of the company's staff
/// (the errors of <see cref="StaffOwners.KeyAsync"/>, which reads twice per person).
/// </summary>
internal static class SplitPeople
{
    private const string Field = "splits.userId";

    public static async Task<List<(int Key, MutationError? Error)>> KeysAsync(MutationScope scope, IReadOnlyList<SplitInput> splits)
    {
        var parsed = splits.Select(s => GlobalId.TryParseKey(s.UserId, "User", out var key) ? key : (int?)null).ToList();
        var keys = parsed.OfType<int>().Distinct().ToList();
        var roles = keys.Count == 0 ? []
            : await scope.Db.People.Where(u => keys.Contains(u.Id)).Select(u => new { u.Id, u.Role })
                .ToDictionaryAsync(u => u.Id, u => u.Role, scope.CancellationToken);
        return splits.Select((split, i) => parsed[i] is not { } key ? (0, new InvalidIdError(Field, split.UserId, "User"))
            : !roles.TryGetValue(key, out var role) ? (0, new OwnerNotFoundError(split.UserId))
            : role == UserRole.Partner ? (key, new OwnerNotStaffError(split.UserId))
            : (key, (MutationError?)null)).ToList();
    }
}
