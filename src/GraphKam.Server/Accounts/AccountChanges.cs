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
}
