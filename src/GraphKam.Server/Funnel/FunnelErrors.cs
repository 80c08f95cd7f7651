using System.ComponentModel;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;

namespace GraphKam.Server.Funnel;

[Description("A sales target named both an owner and a region: a target is an owner's, a region's or the company's.")]
public sealed record TargetScopeError()
    : MutationError("TARGET_SCOPE", "A target is for an owner, a region or the whole company: give `ownerId` or `region`, not both.");

[Description("No opportunity has the given ID.")]
public sealed record OpportunityNotFoundError(
    [property: Description("The ID given.")] string Id)
    : MutationError("OPPORTUNITY_NOT_FOUND", $"No opportunity has the ID '{InputEcho.Shorten(Id)}'.");

[Description("The opportunity is won or lost; only reopening changes it.")]
public sealed record OpportunityClosedError(
    [property: Description("Its status.")] OpportunityStatus Status)
    : MutationError("OPPORTUNITY_CLOSED", $"The opportunity is {Status.ToString().ToLowerInvariant()}: reopen it first.");

[Description("The opportunity is still open.")]
public sealed record OpportunityNotClosedError()
    : MutationError("OPPORTUNITY_NOT_CLOSED", "Only a won or lost opportunity can be reopened.");

[Description("No funnel stage has the given key.")]
public sealed record StageNotFoundError(
    [property: Description("The key given.")] string StageKey)
    : MutationError("STAGE_NOT_FOUND", $"There is no funnel stage '{InputEcho.Shorten(StageKey)}'.");

[Description("The stage given closes opportunities; closeOpportunity does that.")]
public sealed record ClosingStageError(
    [property: Description("The key given.")] string StageKey)
    : MutationError("CLOSING_STAGE", $"'{InputEcho.Shorten(StageKey)}' closes an opportunity: use closeOpportunity, which records the outcome.");

[Description("A lost opportunity was given no loss reason.")]
public sealed record LossReasonRequiredError()
    : MutationError("LOSS_REASON_REQUIRED", "A lost opportunity needs a loss reason.");

[Description("The currency was not an ISO 4217 code.")]
public sealed record InvalidCurrencyError(
    [property: Description("The currency given.")] string Currency)
    : MutationError("INVALID_CURRENCY", $"'{InputEcho.Shorten(Currency)}' is not an ISO 4217 currency code such as CNY.");

[Description("A distributor was given for a deal routed to outside or inside sales.")]
public sealed record ChannelRouteRequiredError(
    [property: Description("The deal's route.")] SalesRoute Route)
    : MutationError("CHANNEL_ROUTE_REQUIRED", $"A deal worked by a distributor has the route CHANNEL, not {Route.ToString().ToUpperInvariant()}.");

[Description("A contact role named an unknown, removed or other account's contact.")]
public sealed record InvalidOpportunityContactError(
    [property: Description("The contact given.")] string ContactId,
    [property: Description("What is wrong.")] string Problem)
    : MutationError("INVALID_OPPORTUNITY_CONTACT", $"Contact '{InputEcho.Shorten(ContactId)}': {Problem}");

