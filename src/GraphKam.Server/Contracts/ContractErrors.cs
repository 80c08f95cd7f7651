using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;

namespace GraphKam.Server.Contracts;

[Description("No contract has the given ID.")]
public sealed record ContractNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("CONTRACT_NOT_FOUND", $"No contract has the ID '{InputEcho.Shorten(Id)}'.");

[Description("Another contract already has the number.")]
public sealed record DuplicateContractNumberError(
    [property: Description("The number given (trimmed).")] string Number)
    : MutationError("DUPLICATE_CONTRACT_NUMBER", $"A contract numbered '{InputEcho.Shorten(Number)}' already exists.");

[Description("A contract was to end on or before the day it starts.")]
public sealed record ContractEndsBeforeStartError(
    [property: Description("The first day in force.")] DateTime StartsOn,
    [property: Description("The last day given.")] DateTime EndsOn)
    : MutationError("ENDS_BEFORE_START", $"A contract must end after it starts ({StartsOn:yyyy-MM-dd}); got {EndsOn:yyyy-MM-dd}.");

[Description("The signatory is not a current contact of the contract's account.")]
public sealed record InvalidSignatoryError(
    [property: Description("The contact given.")] string ContactId)
    : MutationError("INVALID_SIGNATORY", $"Contact '{InputEcho.Shorten(ContactId)}' is not a current contact of the contract's account.");

[Description("A product the contract is to cover is not in the catalogue.")]
public sealed record ContractProductNotFoundError(
    [property: Description("The product ID given.")] string ProductId)
    : MutationError("PRODUCT_NOT_FOUND", $"No product has the ID '{InputEcho.Shorten(ProductId)}'.");

[Description("The contract cannot be renewed in its state: a renewal is under way or over, or the contract was terminated.")]
public sealed record ContractNotRenewableError(
    [property: Description("Where its renewal stands.")] ContractRenewalState State)
    : MutationError("CONTRACT_NOT_RENEWABLE",
        $"Only an ACTIVE contract is renewed; this one is {EnumType<ContractRenewalState>.ConstantCase(State.ToString())}.");

[Description("The contract named as renewed is another account's, or has a successor already.")]
public sealed record InvalidPredecessorError(
    [property: Description("The contract given as `renewalOfId`.")] string ContractId,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("INVALID_RENEWAL_OF", $"Contract '{InputEcho.Shorten(ContractId)}': {Problem}");

[Description("The funnel has no open stage for a renewal deal to start in.")]
public sealed record NoOpenStageError()
    : MutationError("NO_OPEN_STAGE", "The funnel has no open stage for the renewal deal.");

[Description("The renewal state cannot be set so by hand: only LAPSED or TERMINATED, from ACTIVE or LAPSED.")]
public sealed record InvalidRenewalStateChangeError(
    [property: Description("The contract's state now.")] ContractRenewalState From,
    [property: Description("The state asked for.")] ContractRenewalState To)
    : MutationError("INVALID_RENEWAL_STATE",
        $"A contract's state is set by hand only to LAPSED or TERMINATED, from ACTIVE or LAPSED; this one is "
        + $"{EnumType<ContractRenewalState>.ConstantCase(From.ToString())}, asked {EnumType<ContractRenewalState>.ConstantCase(To.ToString())}.");

[Description("The deal renews a contract, so it stays with the company's own sales: it cannot be routed to the channel.")]
public sealed record RenewalDealDirectError(
    [property: Description("The contract's number.")] string ContractNumber)
    : MutationError("RENEWAL_DEAL_DIRECT", $"This deal renews contract '{InputEcho.Shorten(ContractNumber)}', so it stays a direct deal.");
