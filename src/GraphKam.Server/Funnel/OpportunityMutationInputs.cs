using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed record OpportunityContactInput(string ContactId, BuyingRole? Role, bool IsPrimary);

public sealed record CreateOpportunityInput(string AccountId, string Name, decimal Amount, string Currency, DateTime? ExpectedCloseDate,
    string StageKey, double? Probability, string? OwnerId, SalesRoute? Route, IReadOnlyList<OpportunityContactInput> ContactRoles, string? DistributorId = null);

public sealed record UpdateOpportunityInput(string Id, int Version, Optional<string?> Name, Optional<decimal?> Amount, Optional<string?> Currency,
    Optional<DateTime?> ExpectedCloseDate, Optional<double?> Probability, Optional<string?> OwnerId, Optional<SalesRoute?> Route,
    IReadOnlyList<OpportunityContactInput>? ContactRoles, Optional<string?> DistributorId);

public sealed record MoveOpportunityStageInput(string Id, string StageKey, int Version, string? Note);
public sealed record CloseOpportunityInput(string Id, bool Won, string? LossReason, int Version, string? Note);
public sealed record ReopenOpportunityInput(string Id, string? StageKey, int Version, string? Note);
public sealed record SetSalesTargetInput(string? OwnerId, string? Region, string Period, decimal Amount);

public sealed class OpportunityContactInputType : InputObjectGraphType
{
    public OpportunityContactInputType()
    {
        Name = "OpportunityContactInput";
        Description = "A contact of the account and their part in the deal.";
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The contact.");
        Field<BuyingRoleType>("role").Description("Their part in this deal; their usual buying role when omitted.");
        Field<NonNullGraphType<BooleanGraphType>>("isPrimary").Description("Whether they are our main contact for this deal.").DefaultValue(false);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new OpportunityContactInput(value.RequiredId("contactId"), value.Get<BuyingRole?>("role"), value.Required<bool>("isPrimary"));
}

public sealed class CreateOpportunityInputType : InputObjectGraphType
{
    public CreateOpportunityInputType()
    {
        Name = "CreateOpportunityInput";
        Description = "A new deal. Unless `route` is given, large deals go to outside sales, small ones to the channel when the account is served through one, the rest to inside sales.";
        Field<NonNullGraphType<IdGraphType>>("accountId").Description("The account.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the deal is about.");
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("The deal's value in yuan.");
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 currency.").DefaultValue("CNY");
        Field<DateTimeGraphType>("expectedCloseDate").Description("When it is expected to close.");
        Field<NonNullGraphType<StringGraphType>>("stageKey").Description("The stage it starts in (not WON or LOST).").DefaultValue("IDENTIFY");
        Field<FloatGraphType>("probability").Description("Win probability from 0 to 1; the stage's when omitted.");
        Field<IdGraphType>("ownerId").Description("Who works it; the account's owner when omitted.");
        Field<RouteType>("route").Description("Overrides the routing rule.");
        Field<ListGraphType<NonNullGraphType<OpportunityContactInputType>>>("contactRoles").Description("The account's people in the deal.");
        Field<IdGraphType>("distributorId").Description("The active distributor to work it (the route is then CHANNEL); for a channel deal without one, the account's first serving distributor.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateOpportunityInput(
        value.RequiredId("accountId"), value.Required<string>("name"), value.Required<decimal>("amount"), value.Required<string>("currency"),
        value.Get<DateTime?>("expectedCloseDate"), value.Required<string>("stageKey"), value.Get<double?>("probability"), value.GetId("ownerId"),
        value.Get<SalesRoute?>("route"), value.GetList<OpportunityContactInput>("contactRoles") ?? [], value.GetId("distributorId"));
}

public sealed class UpdateOpportunityInputType : InputObjectGraphType
{
    public UpdateOpportunityInputType()
    {
        Name = "UpdateOpportunityInput";
        Description = "Changes to an open deal: leave out what stays. The stage changes only through moveOpportunityStage.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opportunity.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("name").Description("The new name.");
        Field<DecimalGraphType>("amount").Description("The new amount in yuan.");
        Field<StringGraphType>("currency").Description("The new currency.");
        Field<DateTimeGraphType>("expectedCloseDate").Description("The new expected close date; null clears it.");
        Field<FloatGraphType>("probability").Description("An explicit win probability (0 to 1) for the current stage; null goes back to the stage's.");
        Field<IdGraphType>("ownerId").Description("The new owner; null leaves it without one.");
        Field<RouteType>("route").Description("The new route.");
        Field<ListGraphType<NonNullGraphType<OpportunityContactInputType>>>("contactRoles").Description("The people in the deal, replacing the current ones.");
        Field<IdGraphType>("distributorId").Description("The active distributor to work it (the route must be CHANNEL); null lets the account's serving distributor take it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateOpportunityInput(
        value.RequiredId("id"), value.Required<int>("version"), value.Read<string?>("name"), value.Read<decimal?>("amount"), value.Read<string?>("currency"),
        value.Read<DateTime?>("expectedCloseDate"), value.Read<double?>("probability"), value.ReadId("ownerId"), value.Read<SalesRoute?>("route"),
        value.GetList<OpportunityContactInput>("contactRoles"), value.ReadId("distributorId"));
}

public sealed class MoveOpportunityStageInputType : InputObjectGraphType
{
    public MoveOpportunityStageInputType()
    {
        Name = "MoveOpportunityStageInput";
        Description = "Moves an open deal to another open stage; its probability becomes the stage's, and the move is recorded.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opportunity.");
        Field<NonNullGraphType<StringGraphType>>("stageKey").Description("The stage to move to.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("note").Description("Why, recorded in the stage history.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new MoveOpportunityStageInput(
        value.RequiredId("id"), value.Required<string>("stageKey"), value.Required<int>("version"), value.Get<string>("note"));
}

public sealed class CloseOpportunityInputType : InputObjectGraphType
{
    public CloseOpportunityInputType()
    {
        Name = "CloseOpportunityInput";
        Description = "Closes an open deal as won or lost (a loss needs a reason).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opportunity.");
        Field<NonNullGraphType<BooleanGraphType>>("won").Description("Won (true) or lost (false).");
        Field<StringGraphType>("lossReason").Description("Why it was lost.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("note").Description("A note for the stage history.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CloseOpportunityInput(
        value.RequiredId("id"), value.Required<bool>("won"), value.Get<string>("lossReason"), value.Required<int>("version"), value.Get<string>("note"));
}

public sealed class ReopenOpportunityInputType : InputObjectGraphType
{
    public ReopenOpportunityInputType()
    {
        Name = "ReopenOpportunityInput";
        Description = "Reopens a won or lost deal, by default in the stage it was closed from.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opportunity.");
        Field<StringGraphType>("stageKey").Description("The open stage to reopen in; the stage it was closed from when omitted.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        Field<StringGraphType>("note").Description("Why, recorded in the stage history.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ReopenOpportunityInput(
        value.RequiredId("id"), value.Get<string>("stageKey"), value.Required<int>("version"), value.Get<string>("note"));
}

public sealed class SetSalesTargetInputType : InputObjectGraphType
{
    public SetSalesTargetInputType()
    {
        Name = "SetSalesTargetInput";
        Description = "What an owner, a region, or (neither given) the whole company should sell in a period; setting it again replaces it.";
        Field<IdGraphType>("ownerId").Description("The owner the target is for.");
        Field<StringGraphType>("region").Description("The region the target is for.");
        Field<NonNullGraphType<StringGraphType>>("period").Description("A year (2026), quarter (2026-Q3) or month (2026-11).");
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("The target in yuan.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SetSalesTargetInput(
        value.GetId("ownerId"), value.Get<string>("region"), value.Required<string>("period"), value.Required<decimal>("amount"));
}
