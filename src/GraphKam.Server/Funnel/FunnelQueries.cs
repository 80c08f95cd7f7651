using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

public sealed class FunnelQueries(TimeProvider clock) : IQueryFields
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelStageType>>>>("funnelStages")
            .Description("The funnel's stages, in order.")
            .ResolveAsync(async c => await c.ReadAsync(db => db.FunnelStages.OrderBy(s => s.Order).ToListAsync(c.CancellationToken)));

        query.AddConnection<Opportunity, OpportunityType, OpportunityFilterInput, OpportunitySortInput>("opportunities",
            "deals with every active account", (_, db) => db.Set<Opportunity>().Where(o => o.Account!.ArchivedAt == null));
        query.Field<OpportunityType>("opportunity")
            .Description("One opportunity by ID. An unknown ID gives null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The opportunity's global ID.")
            .Resolve(c => c.LoadByGlobalId<Opportunity>(c.GetArgument<string>("id"), "Opportunity"));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelStepType>>>>("funnel")
            .Description("The funnel: per stage, what is in it, time spent in it and conversion to the next, for the opportunities `where` selects.")
            .Argument<OpportunityFilterInput>("where", "Only these opportunities (e.g. one owner, region or period).")
            .ScanCost(AnalyticCosts.Funnel)
            .ResolveAsync(async c => await c.ReadAsync(db => FunnelAnalytics.FunnelAsync(db, FunnelReading.Selected(c), Now, c.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineRowType>>>>("pipeline")
            .Description("The pipeline grouped by owner, region, industry, tier or close month, for the opportunities `where` selects.")
            .Argument<OpportunityFilterInput>("where", "Only these opportunities.")
            .Argument<NonNullGraphType<PipelineGroupingType>>("groupBy", "How to group the rows.")
            .ScanCost(AnalyticCosts.Pipeline)
            .ResolveAsync(async c => await c.ReadAsync(db => PipelineAnalytics.PipelineAsync(db, FunnelReading.Selected(c), FunnelReading.Grouping(c), c.CancellationToken)));

        query.Field<NonNullGraphType<ForecastType>>("forecast")
            .Description("Commit + won against the sales targets of a period, grouped (targets exist by owner and by region).")
            .Argument<NonNullGraphType<StringGraphType>>("period", "A year (2026), quarter (2026-Q3) or month (2026-11).")
            .Argument<NonNullGraphType<PipelineGroupingType>>("groupBy", "How to group the rows.", a => a.DefaultValue = PipelineGrouping.Owner)
            .Argument<OpportunityFilterInput>("where", "Only these opportunities.")
            .ScanCost(AnalyticCosts.Forecast)
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("period");
                if (!SalesPeriod.TryParse(text, out var period))
                    throw new InvalidPeriodError(text).ToException();
                return await c.ReadAsync(db => ForecastAnalytics.ForecastAsync(db, FunnelReading.Selected(c), period, FunnelReading.Grouping(c), c.CancellationToken));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SalesTargetType>>>>("salesTargets")
            .Description("The sales targets of a period.")
            .Argument<NonNullGraphType<StringGraphType>>("period", "A year, quarter or month.")
            .ResolveAsync(async c => await c.ReadAsync(db => db.SalesTargets.Where(t => t.Period == c.GetArgument<string>("period"))
                .OrderBy(t => t.OwnerId).ThenBy(t => t.Region).ToListAsync(c.CancellationToken)));
    }
}
