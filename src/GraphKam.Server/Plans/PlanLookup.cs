using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Plans;

/// <summary>
/// Finds a plan to change at the version read. An archived account's plan stays as it was, as the account does: its
/// plan is no longer listed anywhere, so a change to it would land where nobody looks.
/// </summary>
internal static class PlanLookup
{
    public static async Task<(AccountPlan? Plan, MutationError? Error)> ForChangeAsync(MutationScope scope, string id,
        string field, int version)
    {
        var (plan, missing) = await scope.FindAtVersionAsync<AccountPlan>(id, "AccountPlan", field, version,
            given => new AccountPlanNotFoundError(given));
        if (plan == null) return (null, missing);
        var archived = await scope.Db.Accounts.Where(a => a.Id == plan.AccountId)
            .AnyAsync(a => a.ArchivedAt != null, scope.CancellationToken);
        return archived ? (null, new AccountArchivedError(GlobalId.Encode("Account", plan.AccountId))) : (plan, null);
    }
}
