using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Projection;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.OrgCharts;
using GraphKam.Server.Users;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed class FunnelStageType : NodeGraphType<FunnelStage>
{
    public FunnelStageType() : base("FunnelStage", "A stage of the sales funnel, with its standard win probability and what must be true to leave it.")
    {
        Field(s => s.Key).Description("The stage's stable key, e.g. PROPOSE.");
        Field(s => s.Name).Description("The stage's name.");
        Field(s => s.Order).Description("Its place in the funnel, from 1.");
        Field(s => s.DefaultProbability).Description("The win probability of opportunities in this stage, from 0 to 1, unless set on the opportunity.");
        Field<NonNullGraphType<ForecastCategoryType>>("forecastCategory").Description("Which forecast the stage counts toward.").Resolve(c => c.Source.ForecastCategory);
        Field(s => s.IsClosed).Description("Whether the stage ends the opportunity (won or lost).");
        Field(s => s.IsWon).Description("Whether the stage means the opportunity was won.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("exitCriteria").Description("What must be true to move on.").Resolve(c => c.Source.ExitCriteria);
    }
}

public sealed class OpportunityType : NodeGraphType<Opportunity>
{
    public OpportunityType(TimeProvider clock, IEnumerable<ITypeExtension<OpportunityType>> extensions) : base("Opportunity", "A deal with an account, moving through the funnel.")
    {
        Field(o => o.Name).Description("What the deal is about.");
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").ResolvesTo(o => o.Account, o => o.AccountId);
        Field(o => o.Amount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The deal's value, in yuan.");
        Field(o => o.Currency).Description("The deal's currency (ISO 4217); amounts are compared in yuan.");
        Field(o => o.ExpectedCloseDate, nullable: true).Description("When it is expected to close (UTC).");
        Field<NonNullGraphType<FunnelStageType>>("stage").Description("The stage it is in.").ResolvesTo(o => o.Stage, o => o.StageId);
        Field(o => o.Probability).Description("The win probability, from 0 to 1: the stage's unless set explicitly.");
        Field(o => o.WeightedAmount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Amount × probability, in yuan.");
        Field<UserType>("owner").Description("Who works it.").ResolvesTo(o => o.Owner, o => o.OwnerId);
        Field<NonNullGraphType<RouteType>>("route").Description("Who works it: outside, inside or channel sales.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<OpportunityStatusType>>("status").Description("Open, won or lost.").Resolve(c => c.Source.Status);
        Field(o => o.LossReason, nullable: true).Description("Why it was lost.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpportunityContactType>>>>("contactRoles").Description("The account's people in this deal and their parts.")
            .Resolve(c => c.LoadChildren<OpportunityContact>(l => l.OpportunityId, c.Source.Id, include: l => l.Contact)
                .Then(links => (links ?? []).OrderByDescending(l => l.IsPrimary).ThenBy(l => l.Role).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageChangeType>>>>("stageHistory").Description("Every stage it entered, oldest first.")
            .Resolve(c => c.LoadChildren<StageChange>(s => s.OpportunityId, c.Source.Id).Then(changes => (changes ?? []).OrderBy(s => s.ChangedAt).ThenBy(s => s.Id).ToList()))
            .Reads();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpportunitySplitType>>>>("splits")
            .Description("How the deal's credit is shared, largest share first; empty when the owner has it all.")
            .Argument<NonNullGraphType<SplitTypeType>>("splitType", "Which split.", a => a.DefaultValue = SplitType.Revenue)
            .Resolve(c => c.LoadChildren<OpportunitySplit>(s => s.OpportunityId, c.Source.Id).Then(splits => (splits ?? [])
                .Where(s => s.Type == c.GetArgument<SplitType>("splitType")).OrderByDescending(s => s.Percent).ThenBy(s => s.Id).ToList()))
            .Reads();
        Field<NonNullGraphType<IntGraphType>>("daysInStage").Description("Whole days since it entered its stage (until it closed).")
            .Resolve(c => SqlDates.DaysBetween(c.Source.StageEnteredAt, c.Source.ClosedAt ?? clock.GetUtcNow().UtcDateTime))
            .Reads(nameof(Opportunity.StageEnteredAt), nameof(Opportunity.ClosedAt));
        Field(o => o.StageEnteredAt).Description("When it entered its stage (UTC).");
        Field(o => o.CreatedAt).Description("When it was created (UTC).");
        Field(o => o.ClosedAt, nullable: true).Description("When it was won or lost (UTC).");
        Field(o => o.Version).Description("Changes with every update; send it back to detect concurrent changes.");
        this.ApplyExtensions(extensions);
    }
}

public sealed class OpportunityContactType : ObjectType<OpportunityContact>
{
    public OpportunityContactType()
    {
        Name = "OpportunityContact";
        Description = "A contact's part in a deal.";
        Field<NonNullGraphType<ContactType>>("contact").Description("The contact.").Resolve(c => c.Source.Contact);
        Field<NonNullGraphType<BuyingRoleType>>("role").Description("Their part in this deal's decision.").Resolve(c => c.Source.Role);
        Field(x => x.IsPrimary).Description("Whether they are our main contact for this deal.");
    }
}

public sealed class StageChangeType : ObjectType<StageChange>
{
    public StageChangeType()
    {
        Name = "StageChange";
        Description = "An opportunity entering a stage.";
        Field<FunnelStageType>("from").Description("The stage it left; null when it was created.").Resolve(c => c.LoadById<FunnelStage>(c.Source.FromStageId));
        Field<NonNullGraphType<FunnelStageType>>("to").Description("The stage it entered.").Resolve(c => c.LoadById<FunnelStage>(c.Source.ToStageId));
        Field(s => s.ChangedAt).Description("When (UTC).");
        Field<NonNullGraphType<StringGraphType>>("changedBy").Description("Who.").ResolveActor(s => s.ChangedBy);
        Field(s => s.Note, nullable: true).Description("Why, in words.");
    }
}
