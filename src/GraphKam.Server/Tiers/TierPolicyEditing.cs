using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Tiers;

/// <summary><c>createTierPolicy</c> and <c>updateTierPolicy</c>: validated, exactly one default, and every account re-graded.</summary>
public static class TierPolicyEditing
{
    public static async Task<Payload> CreateAsync(CreateTierPolicyInput input, MutationScope scope, TierGrader grader)
    {
        var policy = new TierPolicy
        {
            Key = input.Key.Trim(),
            Name = input.Name.Trim(),
            Description = input.Description.Trim(),
            IsDefault = input.IsDefault,
            Metrics = [.. input.Metrics],
            Tiers = [.. input.Tiers],
            Overrides = [.. input.Overrides],
            CreatedAt = scope.Now,
            UpdatedAt = scope.Now,
            Version = 1,
        };
        var errors = TierPolicyRules.Validate(policy);
        if (await scope.Db.TierPolicies.AnyAsync(p => p.Key == policy.Key, scope.CancellationToken)) errors.Add(new DuplicatePolicyKeyError(policy.Key));
        if (errors.Count > 0) return Payload.Failure(errors);

        if (policy.IsDefault) await UnsetDefaultAsync(scope, except: null);
        scope.Db.TierPolicies.Add(policy);
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        await grader.RegradeAsync(scope, policy, null, "policy created");
        return Payload.Success(policy);
    }

    public static async Task<Payload> UpdateAsync(UpdateTierPolicyInput input, MutationScope scope, TierGrader grader)
    {
        if (!GlobalId.TryParseKey(input.Id, "TierPolicy", out var key)) return Payload.Failure(new InvalidIdError("id", input.Id, "TierPolicy"));
        var policy = await scope.Db.TierPolicies.AsTracking().FirstOrDefaultAsync(p => p.Id == key, scope.CancellationToken);
        if (policy == null) return Payload.Failure(new TierPolicyNotFoundError(input.Id));
        if (policy.Version != input.Version) return Payload.Failure(new StaleVersionError(input.Version, policy.Version));

        var errors = new List<MutationError>();
        if (input.Name.IsSet) policy.Name = input.Name.Value?.Trim() ?? "";
        if (input.Description.IsSet) policy.Description = input.Description.Value?.Trim() ?? "";
        if (input.Metrics != null) policy.Metrics = [.. input.Metrics];
        if (input.Tiers != null) policy.Tiers = [.. input.Tiers];
        if (input.Overrides != null) policy.Overrides = [.. input.Overrides];
        var becomesDefault = input.IsDefault is { IsSet: true, Value: true } && !policy.IsDefault;
        if (input.IsDefault is { IsSet: true, Value: false } && policy.IsDefault) errors.Add(new DefaultPolicyRequiredError());
        errors.AddRange(TierPolicyRules.Validate(policy));
        if (errors.Count > 0) return Payload.Failure(errors);

        if (becomesDefault)
        {
            await UnsetDefaultAsync(scope, except: policy.Id);
            policy.IsDefault = true;
        }
        policy.UpdatedAt = scope.Now;
        var saved = await scope.SaveNextVersionAsync(policy, input.Version);
        if (saved.Errors.Count > 0) return saved;
        await grader.RegradeAsync(scope, policy, null, "policy updated");
        return Payload.Success(policy);
    }

    private static Task<int> UnsetDefaultAsync(MutationScope scope, int? except) =>
        scope.Db.TierPolicies.Where(p => p.IsDefault && p.Id != except)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.IsDefault, false), scope.CancellationToken);
}
