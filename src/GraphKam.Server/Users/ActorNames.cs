using GraphKam.GraphQL.Loading;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Builders;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Users;

/// <summary>
/// Audit fields (who changed a tier, moved a deal, decided a registration) hold the actor's sign-in name, an e-mail
/// address. The company's staff read it as it is; a partner reads the person's name instead, never an address, and
/// a token's or the system's actor as a neutral word.
/// </summary>
public static class ActorNames
{
    /// <summary>Resolves an audit field as the caller may read it.</summary>
    public static FieldBuilder<TSource, object> ResolveActor<TSource>(this FieldBuilder<TSource, object> field, Func<TSource, string?> actor) =>
        field.Resolve(context => NameFor(context, actor(context.Source)));

    private static object? NameFor(IResolveFieldContext context, string? actor)
    {
        if (actor == null || !GraphKamClaims.IsPartner(context.User)) return actor;
        if (!actor.Contains('@', StringComparison.Ordinal))
            return actor.StartsWith("api-token:", StringComparison.Ordinal) ? "partner portal" : actor;
        var names = context.DatabaseLoader<string, string>(typeof(ActorNames), async (db, emails, cancellationToken) =>
            // People are hidden from partners by their read rule; this reads only the names of those who acted on rows
            // the partner sees, and only for this.
            await db.People.IgnoreQueryFilters().Where(p => emails.Contains(p.Email))
                .ToDictionaryAsync(p => p.Email, p => p.Name, StringComparer.OrdinalIgnoreCase, cancellationToken));
        return names.Load(actor).Then(name => name ?? "GraphKam staff");
    }
}
