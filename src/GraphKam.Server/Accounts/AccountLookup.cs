using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Accounts;

internal static class AccountLookup
{
    /// <summary>The account a mutation is about to change (tracked), or why there is none to change.</summary>
    public static Task<(Account? Account, MutationError? Error)> ForChangeAsync(MutationScope scope, string id, string field = "id") =>
        scope.FindForChangeAsync<Account>(id, "Account", field, missing => new AccountNotFoundError(missing));
}
