using System.ComponentModel;
using System.Globalization;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Distributors;

[Description("No distributor has the given ID.")]
public sealed record DistributorNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("DISTRIBUTOR_NOT_FOUND", $"No distributor has the ID '{InputEcho.Shorten(Id)}'.");

[Description("An agent needs a commission rate strictly between 0 and 1; a distributor has none.")]
public sealed record InvalidCommissionRateError(
    [property: Description("The partner's model.")] DistributorModel Model,
    [property: Description("The rate given.")] double? Rate)
    : MutationError("INVALID_COMMISSION_RATE", Model == DistributorModel.Agent
    ? $"An agent earns a commission strictly between 0 and 1 (got {Rate?.ToString(CultureInfo.InvariantCulture) ?? "none"})."
    : "A distributor earns a margin, not a commission: leave commissionRate out.");

[Description("The contract would end before it starts.")]
public sealed record InvalidContractPeriodError(
    [property: Description("The contract start.")] DateTime Start,
    [property: Description("The contract end given.")] DateTime End)
    : MutationError("INVALID_CONTRACT_PERIOD", $"The contract must end after it starts ({End:yyyy-MM-dd} is not after {Start:yyyy-MM-dd}).");

[Description("A regional exclusive distributor needs regions; an industry-authorised one needs industries.")]
public sealed record TerritoryRequiredError(
    [property: Description("The distributor's kind.")] DistributorKind Kind,
    [property: Description("The list that must not be empty.")] string Field)
    : MutationError("TERRITORY_REQUIRED", $"A {Kind} distributor needs at least one entry in `{Field}`.");

[Description("A second-tier distributor was given no parent.")]
public sealed record ParentRequiredError()
    : MutationError("PARENT_REQUIRED", "A second-tier distributor buys from a first-tier one: give its parentId.");

[Description("A first-tier distributor was given a parent.")]
public sealed record ParentNotAllowedError()
    : MutationError("PARENT_NOT_ALLOWED", "Only a second-tier distributor has a parent.");

[Description("The parent is a second-tier distributor.")]
public sealed record ParentNotFirstTierError(
    [property: Description("The parent given.")] string ParentId)
    : MutationError("PARENT_NOT_FIRST_TIER", "The parent is itself second tier: distributors form two levels.");

[Description("The parent would make the hierarchy loop.")]
public sealed record DistributorCycleError(
    [property: Description("The parent given.")] string ParentId)
    : MutationError("DISTRIBUTOR_CYCLE", "That parent is the distributor itself or one of its own partners: the hierarchy cannot loop.");

[Description("A distributor that supplies second-tier partners cannot become second tier.")]
public sealed record HasSecondTierPartnersError(
    [property: Description("How many partners it supplies.")] int Partners)
    : MutationError("HAS_SECOND_TIER_PARTNERS", $"The distributor supplies {Partners} second-tier partner(s), so it cannot become second tier itself.");

[Description("The distributor is terminated, which is final.")]
public sealed record DistributorTerminatedError()
    : MutationError("DISTRIBUTOR_TERMINATED", "The distributor's contract was terminated; a terminated distributor cannot be changed or reactivated.");

[Description("The distributor is suspended or terminated.")]
public sealed record DistributorNotActiveError(
    [property: Description("Its status.")] DistributorStatus Status)
    : MutationError("DISTRIBUTOR_NOT_ACTIVE", $"The distributor is {Status.ToString().ToLowerInvariant()}: only an active one takes accounts, deals and registrations.");

[Description("The distributor does not serve the account.")]
public sealed record NotAssignedError() : MutationError("NOT_ASSIGNED", "The distributor does not serve that account.");

[Description("No deal registration has the given ID.")]
public sealed record RegistrationNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("REGISTRATION_NOT_FOUND", $"No deal registration has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The registration was already approved or rejected.")]
public sealed record RegistrationNotPendingError(
    [property: Description("Its status.")] RegistrationStatus Status)
    : MutationError("REGISTRATION_NOT_PENDING", $"The registration is already {Status.ToString().ToLowerInvariant()}.");

[Description("Both or neither of accountId and newAccount were given.")]
public sealed record AccountChoiceError()
    : MutationError("ACCOUNT_CHOICE", "Give either accountId (an existing account) or newAccount, not both and not neither.");

[Description("The expected close date has passed.")]
public sealed record CloseDateInPastError(
    [property: Description("The date given.")] DateTime ExpectedCloseDate)
    : MutationError("CLOSE_DATE_IN_PAST", $"A registered deal closes in the future; {ExpectedCloseDate:yyyy-MM-dd} has passed.");

[Description("No channel conflict has the given ID.")]
public sealed record ConflictNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("CONFLICT_NOT_FOUND", $"No channel conflict has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The conflict was already resolved or cleared.")]
public sealed record ConflictNotOpenError(
    [property: Description("Its status.")] ConflictStatus Status)
    : MutationError("CONFLICT_NOT_OPEN", $"The conflict is {Status.ToString().ToLowerInvariant()}: only an open one can be resolved.");
