using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Products;

/// <summary>
/// <c>endAccountProduct</c>: the account stops using a product (now, or at a recorded date after its start); the row
/// stays as the account's product history.
/// </summary>
public static class EndAccountProduct
{
    public static readonly Type[] Errors =
    [
        typeof(InvalidIdError), typeof(AccountProductNotFoundError), typeof(StaleVersionError), typeof(AccountArchivedError),
        typeof(AccountProductEndedError), typeof(UntilBeforeSinceError), typeof(DateOutOfCalendarError),
    ];

    public static async Task<Payload> HandleAsync(EndAccountProductInput input, MutationScope scope, AccountChanges changes)
    {
        var (row, missing) = await scope.FindAtVersionAsync<AccountProduct>(input.Id, AccountProductType.TypeName, "id",
            input.Version, id => new AccountProductNotFoundError(id));
        if (row == null) return Payload.Failure(missing!);
        var account = await scope.Db.Accounts.AsTracking().FirstAsync(a => a.Id == row.AccountId, scope.CancellationToken);
        if (account.ArchivedAt != null) return Payload.Failure(new AccountArchivedError(GlobalId.Encode("Account", account.Id)));
        if (row.Until is { } ended) return Payload.Failure(new AccountProductEndedError(input.Id, ended));
        var until = input.Until?.ToUniversalTime() ?? scope.Now;
        var errors = new List<MutationError>();
        SalesCalendar.Check(until, "until", errors);
        if (errors.Count > 0) return Payload.Failure(errors);
        if (until <= row.Since) return Payload.Failure(new UntilBeforeSinceError(row.Since, until));
        row.Until = until;
        row.EndedBy = scope.Actor;
        var saved = await scope.SaveNextVersionAsync(row, input.Version);
        if (saved.Errors.Count == 0) await ProductsInUse.RecomputeAsync(scope, account, changes);
        return saved;
    }
}
