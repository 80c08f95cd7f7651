using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.GraphQL.Mutations;

public static class References
{
    /// <summary>
    /// The key of the existing <typeparamref name="T"/> that an input field names by global ID, or why it names none:
    /// a malformed ID (<see cref="InvalidIdError"/>) or no such row among those <paramref name="where"/> allows.
    /// </summary>
    public static async Task<(int Key, MutationError? Error)> ExistingKeyAsync<T>(this DbContext db, string id, string typeName, string field,
        Func<string, MutationError> notFound, CancellationToken cancellationToken, Expression<Func<T, bool>>? where = null) where T : class, IEntity
    {
        if (!GlobalId.TryParseKey(id, typeName, out var key)) return (0, new InvalidIdError(field, id, typeName));
        var rows = db.Set<T>().Where(EntityKey<T>.Equal(key));
        if (where != null) rows = rows.Where(where);
        return await rows.AnyAsync(cancellationToken) ? (key, null) : (0, notFound(id));
    }

    /// <summary>
    /// An optional reference: null when the field is left out; else the key, or null with the reason added to
    /// <paramref name="errors"/> (for handlers that report every problem of an input at once).
    /// </summary>
    public static async Task<int?> OptionalKeyAsync<T>(this DbContext db, string? id, string typeName, string field,
        Func<string, MutationError> notFound, List<MutationError> errors, CancellationToken cancellationToken,
        Expression<Func<T, bool>>? where = null) where T : class, IEntity
    {
        if (id == null) return null;
        var (key, error) = await db.ExistingKeyAsync(id, typeName, field, notFound, cancellationToken, where);
        if (error == null) return key;
        errors.Add(error);
        return null;
    }
}
