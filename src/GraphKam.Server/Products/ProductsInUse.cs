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
    /// <c>updateAccount</c> does, all in the mutation's transaction (a derived save: <see cref="AccountChanges.SaveDerivedAsync"/>).
    /// </summary>
    public static async Task RecomputeAsync(MutationScope scope, Account account, AccountChanges changes)
    {
        var count = await CountAsync(scope.Db, account.Id, scope.Now, scope.CancellationToken);
        if (count == account.ProductsInUse) return;
        account.ProductsInUse = count;
        await changes.SaveDerivedAsync(scope, account, "products in use changed");
    }
}
