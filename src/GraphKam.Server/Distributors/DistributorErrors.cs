using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed record DistributorNotFoundError(string Id) : MutationError("DISTRIBUTOR_NOT_FOUND", $"No distributor has the ID '{Id}'.");
public sealed record InvalidCommissionRateError(DistributorModel Model, double? Rate) : MutationError("INVALID_COMMISSION_RATE", Model == DistributorModel.Agent
    ? $"An agent earns a commission strictly between 0 and 1 (got {Rate?.ToString() ?? "none"})."
    : "A distributor earns a margin, not a commission: leave commissionRate out.");
public sealed record InvalidContractPeriodError(DateTime Start, DateTime End) : MutationError("INVALID_CONTRACT_PERIOD", $"The contract must end after it starts ({End:yyyy-MM-dd} is not after {Start:yyyy-MM-dd}).");
public sealed record TerritoryRequiredError(DistributorKind Kind, string Field) : MutationError("TERRITORY_REQUIRED", $"A {Kind} distributor needs at least one entry in `{Field}`.");
public sealed record ParentRequiredError() : MutationError("PARENT_REQUIRED", "A second-tier distributor buys from a first-tier one: give its parentId.");
public sealed record ParentNotAllowedError() : MutationError("PARENT_NOT_ALLOWED", "Only a second-tier distributor has a parent.");
public sealed record ParentNotFirstTierError(string ParentId) : MutationError("PARENT_NOT_FIRST_TIER", "The parent is itself second tier: distributors form two levels.");
public sealed record DistributorCycleError(string ParentId) : MutationError("DISTRIBUTOR_CYCLE", "That parent is the distributor itself or one of its own partners: the hierarchy cannot loop.");
public sealed record HasSecondTierPartnersError(int Partners) : MutationError("HAS_SECOND_TIER_PARTNERS", $"The distributor supplies {Partners} second-tier partner(s), so it cannot become second tier itself.");
public sealed record DistributorTerminatedError() : MutationError("DISTRIBUTOR_TERMINATED", "The distributor's contract was terminated; a terminated distributor cannot be changed or reactivated.");
public sealed record DistributorNotActiveError(DistributorStatus Status) : MutationError("DISTRIBUTOR_NOT_ACTIVE", $"The distributor is {Status.ToString().ToLowerInvariant()}: only an active one takes accounts, deals and registrations.");
public sealed record NotAssignedError() : MutationError("NOT_ASSIGNED", "The distributor does not serve that account.");

public sealed class DistributorNotFoundErrorType : ErrorGraphType<DistributorNotFoundError>
{
    public DistributorNotFoundErrorType() : base("No distributor has the given ID.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
}

public sealed class InvalidCommissionRateErrorType : ErrorGraphType<InvalidCommissionRateError>
{
    public InvalidCommissionRateErrorType() : base("An agent needs a commission rate strictly between 0 and 1; a distributor has none.")
    {
        Field<NonNullGraphType<DistributorModelType>>("model").Description("The partner's model.").Resolve(c => c.Source.Model);
        Field<FloatGraphType>("rate").Description("The rate given.").Resolve(c => c.Source.Rate);
    }
}

public sealed class InvalidContractPeriodErrorType : ErrorGraphType<InvalidContractPeriodError>
{
    public InvalidContractPeriodErrorType() : base("The contract would end before it starts.")
    {
        Field<NonNullGraphType<DateTimeGraphType>>("start").Description("The contract start.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateTimeGraphType>>("end").Description("The contract end given.").Resolve(c => c.Source.End);
    }
}

public sealed class TerritoryRequiredErrorType : ErrorGraphType<TerritoryRequiredError>
{
    public TerritoryRequiredErrorType() : base("A regional exclusive distributor needs regions; an industry-authorised one needs industries.")
    {
        Field<NonNullGraphType<DistributorKindType>>("kind").Description("The distributor's kind.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The list that must not be empty.").Resolve(c => c.Source.Field);
    }
}

public sealed class ParentRequiredErrorType() : ErrorGraphType<ParentRequiredError>("A second-tier distributor was given no parent.");
public sealed class ParentNotAllowedErrorType() : ErrorGraphType<ParentNotAllowedError>("A first-tier distributor was given a parent.");

public sealed class ParentNotFirstTierErrorType : ErrorGraphType<ParentNotFirstTierError>
{
    public ParentNotFirstTierErrorType() : base("The parent is a second-tier distributor.") =>
        Field<NonNullGraphType<StringGraphType>>("parentId").Description("The parent given.").Resolve(c => c.Source.ParentId);
}

public sealed class DistributorCycleErrorType : ErrorGraphType<DistributorCycleError>
{
    public DistributorCycleErrorType() : base("The parent would make the hierarchy loop.") =>
        Field<NonNullGraphType<StringGraphType>>("parentId").Description("The parent given.").Resolve(c => c.Source.ParentId);
}

public sealed class HasSecondTierPartnersErrorType : ErrorGraphType<HasSecondTierPartnersError>
{
    public HasSecondTierPartnersErrorType() : base("A distributor that supplies second-tier partners cannot become second tier.") =>
        Field<NonNullGraphType<IntGraphType>>("partners").Description("How many partners it supplies.").Resolve(c => c.Source.Partners);
}

public sealed class DistributorTerminatedErrorType() : ErrorGraphType<DistributorTerminatedError>("The distributor is terminated, which is final.");

public sealed class DistributorNotActiveErrorType : ErrorGraphType<DistributorNotActiveError>
{
    public DistributorNotActiveErrorType() : base("The distributor is suspended or terminated.") =>
        Field<NonNullGraphType<DistributorStatusType>>("status").Description("Its status.").Resolve(c => c.Source.Status);
}

public sealed class NotAssignedErrorType() : ErrorGraphType<NotAssignedError>("The distributor does not serve the account.");
