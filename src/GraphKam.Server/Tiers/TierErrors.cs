using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;

namespace GraphKam.Server.Tiers;

[Description("No tier policy has the given key.")]
public sealed record TierPolicyNotFoundError(
    [property: Description("The key given; null when the default policy was asked for.")] string? Policy)
    : MutationError("TIER_POLICY_NOT_FOUND", Policy == null ? "There is no default tier policy." : $"There is no tier policy '{InputEcho.Shorten(Policy)}'.");

[Description("The policy has no tier with the given code.")]
public sealed record UnknownTierError(
    [property: Description("The policy's key.")] string Policy,
    [property: Description("The code given.")] string TierCode)
    : MutationError("UNKNOWN_TIER", $"The policy '{InputEcho.Shorten(Policy)}' has no tier '{InputEcho.Shorten(TierCode)}'.");

[Description("A policy key was malformed.")]
public sealed record InvalidPolicyKeyError(
    [property: Description("The key given.")] string Key)
    : MutationError("INVALID_POLICY_KEY", $"'{InputEcho.Shorten(Key)}' is not a policy key: use lower-case letters, digits and dashes, at most 50.");

[Description("Another policy has the key.")]
public sealed record DuplicatePolicyKeyError(
    [property: Description("The key given.")] string Key)
    : MutationError("DUPLICATE_POLICY_KEY", $"A tier policy with the key '{InputEcho.Shorten(Key)}' exists already.");

[Description("The policy had no tier.")]
public sealed record NoTiersError() : MutationError("NO_TIERS", "A policy needs at least one tier.");

[Description("Two tiers had the same code.")]
public sealed record DuplicateTierCodeError(
    [property: Description("The repeated code.")] string TierCode)
    : MutationError("DUPLICATE_TIER_CODE", $"The tier code '{InputEcho.Shorten(TierCode)}' is used more than once.");

[Description("The tiers' minimum scores did not fall strictly from the best tier to the lowest.")]
public sealed record TierThresholdsNotOrderedError(
    [property: Description("The first tier out of order.")] string TierCode)
    : MutationError("TIER_THRESHOLDS_NOT_ORDERED", $"Tier '{InputEcho.Shorten(TierCode)}' must start at a lower score than the tier before it: list tiers best first, with strictly falling minimum scores.");

[Description("A tier's definition was invalid.")]
public sealed record InvalidTierError(
    [property: Description("The tier's code.")] string TierCode,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("INVALID_TIER", $"Tier '{InputEcho.Shorten(TierCode)}': {Problem}");

[Description("A metric's definition was invalid.")]
public sealed record InvalidMetricError(
    [property: Description("The metric's measure.")] string Measure,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("INVALID_METRIC", $"Metric '{InputEcho.Shorten(Measure)}': {Problem}");

[Description("An override rule named a tier the policy does not have.")]
public sealed record UnknownOverrideTierError(
    [property: Description("The code named.")] string TierCode)
    : MutationError("UNKNOWN_OVERRIDE_TIER", $"An override rule names the tier '{InputEcho.Shorten(TierCode)}', which the policy does not have.");

[Description("The only default policy cannot stop being the default.")]
public sealed record DefaultPolicyRequiredError()
    : MutationError("DEFAULT_POLICY_REQUIRED", "Exactly one policy is the default: make another policy the default instead of unsetting this one.");
