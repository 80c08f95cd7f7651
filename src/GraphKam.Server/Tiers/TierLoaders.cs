using GraphKam.GraphQL.Errors;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary>An account's assignment in a policy, with the policy that defines its tiers.</summary>
public sealed record GradedTier(AccountTier Assignment, TierPolicy Policy)
{
    public Tier? Tier => Policy.Tiers.FirstOrDefault(t => t.Code == Assignment.TierCode);
}

public static class TierLoaders
{
    /// <summary>
    /// The account's grade in a policy (by key; the default policy when null). All accounts of a level asking for
    /// the same policy are loaded together: one statement for the policy, one for their assignments.
    /// </summary>
    public static IDataLoaderResult<GradedTier?> LoadGrade(this IResolveFieldContext context, int accountId, string? policyKey)
    {
        var loader = context.DatabaseLoader<int, GradedTier>((typeof(GradedTier), policyKey),
            async (db, ids, cancellationToken) =>
            {
                var policy = await TierPolicies.FindAsync(db.Set<TierPolicy>(), policyKey, cancellationToken) ?? throw TierPolicies.NotFound(policyKey);
                var assignments = await db.Set<AccountTier>().Where(t => t.PolicyId == policy.Id && ids.Contains(t.AccountId)).ToListAsync(cancellationToken);
                return assignments.ToDictionary(a => a.AccountId, a => new GradedTier(a, policy));
            });
        return loader.Load(accountId);
    }
}

public static class TierPolicies
{
    /// <summary>The policy with this key, or the default policy when the key is null.</summary>
    public static Task<TierPolicy?> FindAsync(IQueryable<TierPolicy> policies, string? key, CancellationToken cancellationToken) =>
        key == null
            ? policies.FirstOrDefaultAsync(p => p.IsDefault, cancellationToken)
            : policies.FirstOrDefaultAsync(p => p.Key == key, cancellationToken);

    public static CodedError NotFound(string? key) => new TierPolicyNotFoundError(key).ToException();
}
