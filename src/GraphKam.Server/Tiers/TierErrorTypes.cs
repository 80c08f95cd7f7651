using GraphKam.GraphQL.Mutations;
using GraphQL.Types;

namespace GraphKam.Server.Tiers;

public sealed class TierPolicyNotFoundErrorType : ErrorGraphType<TierPolicyNotFoundError>
{
    public TierPolicyNotFoundErrorType() : base("No tier policy has the given key.") =>
        Field<StringGraphType>("policy").Description("The key given; null when the default policy was asked for.").Resolve(c => c.Source.Policy);
}

public sealed class UnknownTierErrorType : ErrorGraphType<UnknownTierError>
{
    public UnknownTierErrorType() : base("The policy has no tier with the given code.")
    {
        Field<NonNullGraphType<StringGraphType>>("policy").Description("The policy's key.").Resolve(c => c.Source.Policy);
        Field<NonNullGraphType<StringGraphType>>("tierCode").Description("The code given.").Resolve(c => c.Source.TierCode);
    }
}

public sealed class ExpiryNotInFutureErrorType : ErrorGraphType<ExpiryNotInFutureError>
{
    public ExpiryNotInFutureErrorType() : base("An expiry (of a tier override or an API token) was not in the future.") =>
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Description("The expiry given.").Resolve(c => c.Source.ExpiresAt);
}

public sealed class InvalidPolicyKeyErrorType : ErrorGraphType<InvalidPolicyKeyError>
{
    public InvalidPolicyKeyErrorType() : base("A policy key was malformed.") =>
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key given.").Resolve(c => c.Source.Key);
}

public sealed class DuplicatePolicyKeyErrorType : ErrorGraphType<DuplicatePolicyKeyError>
{
    public DuplicatePolicyKeyErrorType() : base("Another policy has the key.") =>
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key given.").Resolve(c => c.Source.Key);
}

public sealed class NoTiersErrorType() : ErrorGraphType<NoTiersError>("The policy had no tier.");

public sealed class DuplicateTierCodeErrorType : ErrorGraphType<DuplicateTierCodeError>
{
    public DuplicateTierCodeErrorType() : base("Two tiers had the same code.") =>
        Field<NonNullGraphType<StringGraphType>>("tierCode").Description("The repeated code.").Resolve(c => c.Source.TierCode);
}

public sealed class TierThresholdsNotOrderedErrorType : ErrorGraphType<TierThresholdsNotOrderedError>
{
    public TierThresholdsNotOrderedErrorType() : base("The tiers' minimum scores did not fall strictly from the best tier to the lowest.") =>
        Field<NonNullGraphType<StringGraphType>>("tierCode").Description("The first tier out of order.").Resolve(c => c.Source.TierCode);
}

public sealed class InvalidTierErrorType : ErrorGraphType<InvalidTierError>
{
    public InvalidTierErrorType() : base("A tier's definition was invalid.")
    {
        Field<NonNullGraphType<StringGraphType>>("tierCode").Description("The tier's code.").Resolve(c => c.Source.TierCode);
        Field<NonNullGraphType<StringGraphType>>("problem").Description("What is wrong.").Resolve(c => c.Source.Problem);
    }
}

public sealed class InvalidMetricErrorType : ErrorGraphType<InvalidMetricError>
{
    public InvalidMetricErrorType() : base("A metric's definition was invalid.")
    {
        Field<NonNullGraphType<StringGraphType>>("measure").Description("The metric's measure.").Resolve(c => c.Source.Measure);
        Field<NonNullGraphType<StringGraphType>>("problem").Description("What is wrong.").Resolve(c => c.Source.Problem);
    }
}

public sealed class UnknownOverrideTierErrorType : ErrorGraphType<UnknownOverrideTierError>
{
    public UnknownOverrideTierErrorType() : base("An override rule named a tier the policy does not have.") =>
        Field<NonNullGraphType<StringGraphType>>("tierCode").Description("The code named.").Resolve(c => c.Source.TierCode);
}

public sealed class DefaultPolicyRequiredErrorType() : ErrorGraphType<DefaultPolicyRequiredError>("The only default policy cannot stop being the default.");
