using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

internal static class AccountLookup
{
    /// <summary>The account a mutation is about to change (tracked), or why there is none to change.</summary>
    public static async Task<(Account? Account, MutationError? Error)> ForChangeAsync(GraphKamDbContext db, string id, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryParseKey(id, "Account", out var key)) return (null, new InvalidIdError("id", id, "Account"));
        var account = await db.Accounts.AsTracking().FirstOrDefaultAsync(a => a.Id == key, cancellationToken);
        return account == null ? (null, new AccountNotFoundError(id)) : (account, null);
    }
}
