using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Accounts;

internal static class AccountSaving
{
    /// <summary>
    /// Saves a changed account. The version column is a concurrency token, so a change committed by someone else
    /// between our read and our write is caught here too, not only by the version check before it.
    /// </summary>
    public static async Task<Payload> SaveAsync(GraphKamDbContext db, Account account, int givenVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Payload.Success(account);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Accounts.Where(a => a.Id == account.Id).Select(a => a.Version).FirstOrDefaultAsync(cancellationToken);
            return Payload.Failure(new StaleVersionError(givenVersion, current));
        }
    }
}
