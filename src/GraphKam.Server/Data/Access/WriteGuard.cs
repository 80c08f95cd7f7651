using GraphKam.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GraphKam.Server.Data.Access;

/// <summary>
/// Checks every save of a caller who may not change everything, whatever mutation made the change (side effects
/// included): each added, changed or removed row against its entity's rule for the caller, as it was before the save
/// and as it is after it, inside the mutation's transaction. A refused change throws, the transaction is never
/// committed, and nothing changed. A row of an entity without a rule for the caller is refused.
/// </summary>
public sealed class WriteGuard(AccessRules rules)
{
    public async Task<int> SaveCheckedAsync(GraphKamDbContext db, Audience audience, Func<Task<int>> save,
        CancellationToken cancellationToken)
    {
        var after = new List<Func<CancellationToken, Task<bool>>>();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        foreach (var entry in entries)
        {
            var check = rules.For(entry.Metadata.ClrType) is { } declared
                ? await declared.CheckBeforeAsync(db, audience, entry, cancellationToken)
                : WriteCheck.Refused;
            if (!check.Allowed) throw Refused();
            if (check.After != null) after.Add(check.After);
        }
        var saved = await save();
        foreach (var holds in after)
            if (!await holds(cancellationToken)) throw Refused();
        return saved;
    }

    /// <summary>Refuses a caller whose rule does not let it change <paramref name="entry"/>'s row as it stands, saved or not.</summary>
    public async Task EnsureMayChangeAsync(GraphKamDbContext db, Audience audience, EntityEntry entry, CancellationToken cancellationToken)
    {
        if (rules.For(entry.Metadata.ClrType) is not { } declared || !(await declared.CheckBeforeAsync(db, audience, entry, cancellationToken)).Allowed)
            throw Refused();
    }

    public static CodedError Refused() => new(ErrorCodes.AuthNotAuthorized, "You may not make this change.");
}
