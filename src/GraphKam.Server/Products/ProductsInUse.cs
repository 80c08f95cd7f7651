using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Products;

/// <summary>
/// Keeps <see cref="Account.ProductsInUse"/> (what tier grading reads) in step with the account's product rows. Only an
/// account with rows is counted: one without keeps the figure entered on it, so books without a product record still
/// grade as before.
/// </summary>
public static class ProductsInUse
{
    /// <summary>The distinct products an account uses at an instant.</summary>
    public static Task<int> CountAsync(GraphKamDbContext db, int accountId, DateTime now, CancellationToken cancellationToken) =>
        db.AccountProducts.Where(p => p.AccountId == accountId).Where(Periods.ActiveAt<AccountProduct>(now))
            .Select(p => p.ProductId).Distinct().CountAsync(cancellationToken);

    /// <summary>
    /// After a row of the account was saved: stores the count in use now and, when it changed, regrades the account as
    /// <c>updateAccount</c> does (<see cref="AccountChanges"/>), all in the mutation's transaction. These saves are the
    /// system's, derived from a row the caller was allowed to write (a team member may record products, not change the
    /// account's file), so they are not held to the caller's write rules.
    /// </summary>
    public static async Task RecomputeAsync(MutationScope scope, Account account, AccountChanges changes)
    {
        var count = await CountAsync(scope.Db, account.Id, scope.Now, scope.CancellationToken);
        if (count == account.ProductsInUse) return;
        scope.Db.SavingDerived = true;
        try
        {
            account.ProductsInUse = count;
            account.UpdatedAt = scope.Now;
            account.Version++;
            await scope.Db.SaveChangesAsync(scope.CancellationToken);
            await changes.NotifyAsync(scope, account.Id, "products in use changed");
        }
        finally
        {
            scope.Db.SavingDerived = false;
        }
    }
}
