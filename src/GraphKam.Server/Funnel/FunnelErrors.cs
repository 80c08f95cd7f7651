using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed record OpportunityNotFoundError(string Id) : MutationError("OPPORTUNITY_NOT_FOUND", $"No opportunity has the ID '{Id}'.");
public sealed record OpportunityClosedError(OpportunityStatus Status) : MutationError("OPPORTUNITY_CLOSED", $"The opportunity is {Status.ToString().ToLowerInvariant()}: reopen it first.");
public sealed record OpportunityNotClosedError() : MutationError("OPPORTUNITY_NOT_CLOSED", "Only a won or lost opportunity can be reopened.");
public sealed record StageNotFoundError(string StageKey) : MutationError("STAGE_NOT_FOUND", $"There is no funnel stage '{StageKey}'.");
public sealed record ClosingStageError(string StageKey) : MutationError("CLOSING_STAGE", $"'{StageKey}' closes an opportunity: use closeOpportunity, which records the outcome.");
public sealed record LossReasonRequiredError() : MutationError("LOSS_REASON_REQUIRED", "A lost opportunity needs a loss reason.");
public sealed record InvalidCurrencyError(string Currency) : MutationError("INVALID_CURRENCY", $"'{Currency}' is not an ISO 4217 currency code such as CNY.");
public sealed record InvalidPeriodError(string Period) : MutationError("INVALID_PERIOD", $"'{Period}' is not a period: use a year (2026), quarter (2026-Q3) or month (2026-11).");
public sealed record ChannelRouteRequiredError(SalesRoute Route) : MutationError("CHANNEL_ROUTE_REQUIRED", $"A deal worked by a distributor has the route CHANNEL, not {Route.ToString().ToUpperInvariant()}.");
public sealed record InvalidOpportunityContactError(string ContactId, string Problem) : MutationError("INVALID_OPPORTUNITY_CONTACT", $"Contact '{ContactId}': {Problem}");

public sealed class OpportunityNotFoundErrorType : ErrorGraphType<OpportunityNotFoundError>
{
    public OpportunityNotFoundErrorType() : base("No opportunity has the given ID.") =>
        Field<NonNullGraphType<StringGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
}

public sealed class OpportunityClosedErrorType : ErrorGraphType<OpportunityClosedError>
{
    public OpportunityClosedErrorType() : base("The opportunity is won or lost; only reopening changes it.") =>
        Field<NonNullGraphType<OpportunityStatusType>>("status").Description("Its status.").Resolve(c => c.Source.Status);
}

public sealed class OpportunityNotClosedErrorType() : ErrorGraphType<OpportunityNotClosedError>("The opportunity is still open.");

public sealed class StageNotFoundErrorType : ErrorGraphType<StageNotFoundError>
{
    public StageNotFoundErrorType() : base("No funnel stage has the given key.") =>
        Field<NonNullGraphType<StringGraphType>>("stageKey").Description("The key given.").Resolve(c => c.Source.StageKey);
}

public sealed class ClosingStageErrorType : ErrorGraphType<ClosingStageError>
{
    public ClosingStageErrorType() : base("The stage given closes opportunities; closeOpportunity does that.") =>
        Field<NonNullGraphType<StringGraphType>>("stageKey").Description("The key given.").Resolve(c => c.Source.StageKey);
}

public sealed class LossReasonRequiredErrorType() : ErrorGraphType<LossReasonRequiredError>("A lost opportunity was given no loss reason.");

public sealed class InvalidCurrencyErrorType : ErrorGraphType<InvalidCurrencyError>
{
    public InvalidCurrencyErrorType() : base("The currency was not an ISO 4217 code.") =>
        Field<NonNullGraphType<StringGraphType>>("currency").Description("The currency given.").Resolve(c => c.Source.Currency);
}

public sealed class InvalidPeriodErrorType : ErrorGraphType<InvalidPeriodError>
{
    public InvalidPeriodErrorType() : base("The period was not a year, quarter or month.") =>
        Field<NonNullGraphType<StringGraphType>>("period").Description("The period given.").Resolve(c => c.Source.Period);
}

public sealed class InvalidOpportunityContactErrorType : ErrorGraphType<InvalidOpportunityContactError>
{
    public InvalidOpportunityContactErrorType() : base("A contact role named an unknown, removed or other account's contact.")
    {
        Field<NonNullGraphType<StringGraphType>>("contactId").Description("The contact given.").Resolve(c => c.Source.ContactId);
        Field<NonNullGraphType<StringGraphType>>("problem").Description("What is wrong.").Resolve(c => c.Source.Problem);
    }
}

public sealed class ChannelRouteRequiredErrorType : ErrorGraphType<ChannelRouteRequiredError>
{
    public ChannelRouteRequiredErrorType() : base("A distributor was given for a deal routed to outside or inside sales.") =>
        Field<NonNullGraphType<RouteType>>("route").Description("The deal's route.").Resolve(c => c.Source.Route);
}
