using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Tiers;

public sealed record TierPolicyNotFoundError(string? Policy) : MutationError("TIER_POLICY_NOT_FOUND", Policy == null ? "There is no default tier policy." : $"There is no tier policy '{Policy}'.");
public sealed record UnknownTierError(string Policy, string TierCode) : MutationError("UNKNOWN_TIER", $"The policy '{Policy}' has no tier '{TierCode}'.");
public sealed record ExpiryNotInFutureError(DateTime ExpiresAt) : MutationError("EXPIRY_NOT_IN_FUTURE", $"The expiry must be in the future (got {ExpiresAt:O}).");
public sealed record InvalidPolicyKeyError(string Key) : MutationError("INVALID_POLICY_KEY", $"'{Key}' is not a policy key: use lower-case letters, digits and dashes, at most 50.");
public sealed record DuplicatePolicyKeyError(string Key) : MutationError("DUPLICATE_POLICY_KEY", $"A tier policy with the key '{Key}' exists already.");
public sealed record NoTiersError() : MutationError("NO_TIERS", "A policy needs at least one tier.");
public sealed record DuplicateTierCodeError(string TierCode) : MutationError("DUPLICATE_TIER_CODE", $"The tier code '{TierCode}' is used more than once.");
public sealed record TierThresholdsNotOrderedError(string TierCode) : MutationError("TIER_THRESHOLDS_NOT_ORDERED", $"Tier '{TierCode}' must start at a lower score than the tier before it: list tiers best first, with strictly falling minimum scores.");
public sealed record InvalidTierError(string TierCode, string Problem) : MutationError("INVALID_TIER", $"Tier '{TierCode}': {Problem}");
public sealed record InvalidMetricError(string Measure, string Problem) : MutationError("INVALID_METRIC", $"Metric '{Measure}': {Problem}");
public sealed record UnknownOverrideTierError(string TierCode) : MutationError("UNKNOWN_OVERRIDE_TIER", $"An override rule names the tier '{TierCode}', which the policy does not have.");
public sealed record DefaultPolicyRequiredError() : MutationError("DEFAULT_POLICY_REQUIRED", "Exactly one policy is the default: make another policy the default instead of unsetting this one.");
