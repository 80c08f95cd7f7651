using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Sorting;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Users;

namespace GraphKam.Server.Funnel;

public sealed class OpportunityFilterInput : FilterInputType<Opportunity>
{
    public OpportunityFilterInput(IEnumerable<ITypeExtension<OpportunityFilterInput>> extensions) : base("Conditions on opportunities; the funnel, pipeline and forecast take the same filter.")
    {
        Id("id", o => o.Id, "Opportunity", "The opportunity's ID.");
        Field("name", o => o.Name, "What the deal is about.");
        Field("amount", o => o.Amount, "The deal's value in yuan.");
        Field("weightedAmount", o => o.WeightedAmount, "Amount × probability.");
        Field("probability", o => o.Probability, "Win probability, 0 to 1.");
        Field("currency", o => o.Currency, "Currency.");
        Field("expectedCloseDate", o => o.ExpectedCloseDate, "Expected close date.");
        Object<FunnelStageFilterInput, FunnelStage>("stage", o => o.Stage, "The stage it is in.");
        Enum<OpportunityStatusType, OpportunityStatus>("status", o => o.Status, "Open, won or lost.");
        Enum<RouteType, SalesRoute>("route", o => o.Route, "Outside, inside or channel.");
        Object<UserFilterInput, User>("owner", o => o.Owner, "Who works it.");
        Id("ownerId", o => o.OwnerId, "User", "Who works it, by ID.");
        Object<AccountFilterInput, Account>("account", o => o.Account, "The account (e.g. its region, industry or tier).");
        Field("lossReason", o => o.LossReason, "Why it was lost.");
        Field("stageEnteredAt", o => o.StageEnteredAt, "When it entered its stage.");
        Field("createdAt", o => o.CreatedAt, "When it was created.");
        Field("closedAt", o => o.ClosedAt, "When it closed.");
        List<ContactFilterInput, Contact>("contacts", o => o.ContactRoles.Select(r => r.Contact!), "The people in the deal.");
        // Partners cannot read these, so they may not filter or sort by them either.
        this.HideFromRestricted("owner", "ownerId");
        this.ApplyExtensions(extensions);
    }
}

public sealed class OpportunitySortInput : SortInputType<Opportunity>
{
    public OpportunitySortInput(IEnumerable<ITypeExtension<OpportunitySortInput>> extensions) : base("Sort keys for opportunities.")
    {
        Field("name", o => o.Name, "By name.");
        Field("amount", o => o.Amount, "By amount.");
        Field("weightedAmount", o => o.WeightedAmount, "By weighted amount.");
        Field("probability", o => o.Probability, "By probability.");
        Field("expectedCloseDate", o => o.ExpectedCloseDate, "By expected close date.");
        Object<FunnelStageSortInput, FunnelStage>("stage", o => o.Stage, "By stage.");
        Field("status", o => o.Status, "By status.");
        Field("stageEnteredAt", o => o.StageEnteredAt, "By when it entered its stage (oldest first ascending: the slowest movers).");
        Field("createdAt", o => o.CreatedAt, "By creation time.");
        Field("closedAt", o => o.ClosedAt, "By close time.");
        Object<AccountSortInput, Account>("account", o => o.Account, "By the account's fields.");
        Object<UserSortInput, User>("owner", o => o.Owner, "By the owner's fields.");
        // Partners cannot read these, so they may not filter or sort by them either.
        this.HideFromRestricted("owner");
        this.ApplyExtensions(extensions);
    }
}

public sealed class FunnelStageFilterInput : FilterInputType<FunnelStage>
{
    public FunnelStageFilterInput() : base("Conditions on funnel stages.")
    {
        Field("key", s => s.Key, "The stage's key.");
        Field("order", s => s.Order, "Its place in the funnel.");
        Enum<ForecastCategoryType, ForecastCategory>("forecastCategory", s => s.ForecastCategory, "Its forecast category.");
        Field("isClosed", s => s.IsClosed, "Whether it ends the opportunity.");
        Field("isWon", s => s.IsWon, "Whether it means won.");
    }
}

public sealed class FunnelStageSortInput : SortInputType<FunnelStage>
{
    public FunnelStageSortInput() : base("Sort keys for funnel stages.")
    {
        Field("order", s => s.Order, "By place in the funnel.");
        Field("key", s => s.Key, "By key.");
    }
}
