using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Products;

/// <summary>
/// <c>addAccountProduct</c>: an account starts using a product of the catalogue. Whether the caller may is the row's
/// write rule (the account's owner, its active team members, managers), checked when it is saved.
/// </summary>
public static class AddAccountProduct
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(ProductNotFoundError),
        typeof(ProductInactiveError), typeof(DuplicateAccountProductError), typeof(DateOutOfCalendarError), typeof(OutOfRangeError),
    ];

    public static async Task<Payload> HandleAsync(AddAccountProductInput input, MutationScope scope, AccountChanges changes)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, input.AccountId, "accountId");
        if (account == null) return Payload.Failure(missing!);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(input.AccountId));
        var (product, unknown) = await scope.FindForChangeAsync<Product>(input.ProductId, "Product", "productId",
            id => new ProductNotFoundError(id));
        if (product == null) return Payload.Failure(unknown!);
        if (!product.Active) return Payload.Failure(new ProductInactiveError(input.ProductId));
        var errors = new List<MutationError>();
        var since = input.Since?.ToUniversalTime() ?? scope.Now;
        SalesCalendar.Check(since, "since", errors);
        var value = Money.Round(input.MonthlyValue);
        if (value is < 0 or > Money.Max) errors.Add(new OutOfRangeError("monthlyValue", 0, Money.MaxQuoted, (double)value));
        if (errors.Count > 0) return Payload.Failure(errors);
        if (await scope.Db.AccountProducts.Where(p => p.AccountId == account.Id && p.ProductId == product.Id)
                .AnyAsync(Periods.Overlapping<AccountProduct>(since, null), scope.CancellationToken))
            return Payload.Failure(new DuplicateAccountProductError(input.ProductId));

        var row = new AccountProduct
        {
            AccountId = account.Id,
            ProductId = product.Id,
            Since = since,
            MonthlyValue = value,
            AddedBy = scope.Actor,
            Version = 1,
        };
        scope.Db.AccountProducts.Add(row);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await ProductsInUse.RecomputeAsync(scope, account, changes);
        return Payload.Success(row);
    }
}
