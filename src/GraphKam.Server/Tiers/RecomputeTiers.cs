using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary>What a bulk re-grading did.</summary>
public sealed record TierRecomputation(IReadOnlyList<TierPolicy> Policies, int AccountsScored, int TierChanges, double ElapsedMilliseconds);

/// <summary><c>recomputeTiers</c>: re-scores every active account in one policy (or all), recording only tier changes.</summary>
public static class RecomputeTiers
{
    public static async Task<Payload> HandleAsync(RecomputeTiersInput input, MutationScope scope, TierGrader grader)
    {
        var policies = input.Policy == null
            ? await scope.Db.TierPolicies.AsNoTracking().ToListAsync(scope.CancellationToken)
            : await scope.Db.TierPolicies.AsNoTracking().Where(p => p.Key == input.Policy).ToListAsync(scope.CancellationToken);
        if (policies.Count == 0) return Payload.Failure(new TierPolicyNotFoundError(input.Policy));

        var results = new List<GradingResult>();
        foreach (var policy in policies)
            results.Add(await grader.RegradeAsync(scope, policy, null, "recompute"));
        return Payload.Success(new TierRecomputation(policies, results.Sum(r => r.AccountsScored), results.Sum(r => r.TierChanges),
            results.Sum(r => r.Elapsed.TotalMilliseconds)));
    }
}
