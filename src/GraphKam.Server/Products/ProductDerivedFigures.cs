using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Products;

/// <summary>An account with a product row has its <c>productsInUse</c> counted from its rows (see <see cref="ProductsInUse"/>).</summary>
public sealed class ProductDerivedFigures : IDerivedFigureSource
{
    public IReadOnlyList<string> Fields { get; } = ["productsInUse"];

    public string Instead => "add or end the account's products with addAccountProduct and endAccountProduct";

    public Task<bool> DerivesAsync(GraphKamDbContext db, int accountId, CancellationToken cancellationToken) =>
        db.AccountProducts.AnyAsync(p => p.AccountId == accountId, cancellationToken);
}
