using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary><c>overrideAccountTier</c> and <c>clearTierOverride</c>: a tier set by hand, recorded in the history.</summary>
public static class TierOverrides
{
    public static async Task<Payload> SetAsync(OverrideAccountTierInput input, MutationScope scope, TierGrader grader)
    {
        var (account, policy, failure) = await FindAsync(scope, input.AccountId, input.Policy);
        if (failure != null) return failure;
        var errors = new List<MutationError>();
        if (policy!.Tiers.All(t => t.Code != input.TierCode)) errors.Add(new UnknownTierError(policy.Key, input.TierCode));
        if (string.IsNullOrWhiteSpace(input.Reason)) errors.Add(new RequiredValueError("reason"));
        else if (input.Reason.Length > 500) errors.Add(new TooLongError("reason", 500));
        var expiresAt = input.ExpiresAt?.ToUniversalTime();
        if (expiresAt <= scope.Now) errors.Add(new ExpiryNotInFutureError(expiresAt.Value));
        if (errors.Count > 0) return Payload.Failure(errors);

        var assignment = await AssignmentAsync(scope, grader, account!.Id, policy);
        assignment.OverrideTierCode = input.TierCode;
        assignment.OverrideReason = input.Reason.Trim();
        assignment.OverrideExpiresAt = expiresAt;
        assignment.OverrideSetBy = scope.Actor;
        assignment.OverrideSetAt = scope.Now;
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await grader.RegradeAsync(scope, policy, [account.Id], $"manual override: {assignment.OverrideReason}");
        return Payload.Success(account);
    }

    public static async Task<Payload> ClearAsync(ClearTierOverrideInput input, MutationScope scope, TierGrader grader)
    {
        var (account, policy, failure) = await FindAsync(scope, input.AccountId, input.Policy);
        if (failure != null) return failure;
        var assignment = await AssignmentAsync(scope, grader, account!.Id, policy!);
        if (assignment.OverrideTierCode == null)
        {
            await scope.Db.EnsureMayChangeAsync(assignment, scope.CancellationToken); // nothing to clear, if it is yours to clear
            return Payload.Success(account);
        }
        (assignment.OverrideTierCode, assignment.OverrideReason, assignment.OverrideExpiresAt, assignment.OverrideSetBy, assignment.OverrideSetAt) =
            (null, null, null, null, null);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await grader.RegradeAsync(scope, policy!, [account.Id], "override cleared");
        return Payload.Success(account);
    }

    private static async Task<(Account?, TierPolicy?, Payload?)> FindAsync(MutationScope scope, string accountId, string? policyKey)
    {
        var (account, missing) = await AccountLookup.ForChangeAsync(scope, accountId, "accountId");
        if (account == null) return (null, null, Payload.Failure(missing!));
        if (account.ArchivedAt != null) return (null, null, Payload.Failure(new AccountArchivedError(accountId)));
        var policy = await TierPolicies.FindAsync(scope.Db.TierPolicies.AsNoTracking(), policyKey, scope.CancellationToken);
        return policy == null ? (null, null, Payload.Failure(new TierPolicyNotFoundError(policyKey))) : (account, policy, null);
    }

    /// <summary>The account's assignment, tracked; an account not graded yet is graded first.</summary>
    private static async Task<AccountTier> AssignmentAsync(MutationScope scope, TierGrader grader, int accountId, TierPolicy policy)
    {
        var query = scope.Db.AccountTiers.AsTracking().Where(t => t.AccountId == accountId && t.PolicyId == policy.Id);
        if (await query.FirstOrDefaultAsync(scope.CancellationToken) is { } assignment) return assignment;
        await grader.RegradeAsync(scope, policy, [accountId], "graded");
        return await query.FirstAsync(scope.CancellationToken);
    }
}
