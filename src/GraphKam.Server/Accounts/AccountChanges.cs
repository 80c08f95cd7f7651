using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

/// <summary>
/// Something another area keeps in step with an account (the tiers area re-grades it), told inside the mutation
/// that created or changed the account, so both commit together.
/// </summary>
public interface IAccountChangeHandler
{
    Task AccountChangedAsync(MutationScope scope, int accountId, string reason);
}

/// <summary>Tells every <see cref="IAccountChangeHandler"/> of an account's change.</summary>
public sealed class AccountChanges(IEnumerable<IAccountChangeHandler> handlers)
{
    public async Task NotifyAsync(MutationScope scope, int accountId, string reason)
    {
        foreach (var handler in handlers) await handler.AccountChangedAsync(scope, accountId, reason);
    }

    /// <summary>
    /// Saves figures of the account that the system derived from the account's own records (the products it uses, its
    /// revenue by month) as a new version, and tells the handlers. These are the system's saves, not the caller's, so
    /// they pass the write rules for what the areas declared derived (and only that): a team member may record a
    /// product though they may not edit the account's file.
    /// </summary>
    public async Task SaveDerivedAsync(MutationScope scope, Account account, string reason)
    {
        account.UpdatedAt = scope.Now;
        account.Version++;
        await scope.Db.SaveDerivedAsync(async () =>
        {
            await scope.Db.SaveChangesAsync(scope.CancellationToken);
            await NotifyAsync(scope, account.Id, reason);
        });
    }
}
