using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Teams;

/// <summary><c>setCoverageRule</c>: a manager sets how one tier of the default policy must be covered.</summary>
public static class SetCoverageRule
{
    public static IReadOnlyList<Type> Errors { get; } =
        [typeof(TierPolicyNotFoundError), typeof(UnknownTierError), typeof(NoCoverageAllowedError), typeof(StaleVersionError),
        typeof(VersionRequiredError)];

    public static async Task<Payload> HandleAsync(SetCoverageRuleInput input, MutationScope scope)
    {
        var policy = await scope.Db.TierPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.IsDefault, scope.CancellationToken);
        if (policy == null) return Payload.Failure(new TierPolicyNotFoundError(null));
        var errors = new List<MutationError>();
        if (policy.Tiers.All(t => t.Code != input.TierCode)) errors.Add(new UnknownTierError(policy.Key, input.TierCode));
        if (input.AllowedCoverage.Count == 0) errors.Add(new NoCoverageAllowedError());
        if (errors.Count > 0) return Payload.Failure(errors);

        var rule = await scope.Db.Set<CoverageRule>().AsTracking()
            .FirstOrDefaultAsync(r => r.TierCode == input.TierCode, scope.CancellationToken);
        if (input.Version is { } given && given != (rule?.Version ?? 0))
            return Payload.Failure(new StaleVersionError(given, rule?.Version ?? 0));
        if (input.Version == null && rule != null) return Payload.Failure(new VersionRequiredError(rule.Version));
        if (rule == null)
        {
            rule = new CoverageRule { TierCode = input.TierCode, Version = 0 };
            scope.Db.Add(rule);
        }
        rule.AllowedCoverage = CoverageBits.Of(input.AllowedCoverage);
        rule.RequiredRoles = CoverageBits.Of(input.RequiredRoles);
        rule.UpdatedAt = scope.Now;
        rule.UpdatedBy = scope.Actor;
        return await scope.SaveNextVersionAsync(rule, rule.Version);
    }
}
