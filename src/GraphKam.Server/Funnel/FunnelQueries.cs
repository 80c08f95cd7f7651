using System.Linq.Expressions;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Filtering;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Paging;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

public sealed class FunnelQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelStageType>>>>("funnelStages")
            .Description("The funnel's stages, in order.")
            .ResolveAsync(async c => await Read(c, db => db.FunnelStages.OrderBy(s => s.Order).ToListAsync(c.CancellationToken)));

        query.AddConnection<Opportunity, OpportunityType, OpportunityFilterInput, OpportunitySortInput>("opportunities",
            "deals with every active account", (_, db) => db.Set<Opportunity>().Where(o => o.Account!.ArchivedAt == null));
        query.Field<OpportunityType>("opportunity")
            .Description("One opportunity by ID. An unknown ID gives null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The opportunity's global ID.")
            .Resolve(c => c.LoadByGlobalId<Opportunity>(c.GetArgument<string>("id"), "Opportunity"));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelStepType>>>>("funnel")
            .Description("The funnel: per stage, what is in it, time spent in it and conversion to the next, for the opportunities `where` selects.")
            .Argument<OpportunityFilterInput>("where", "Only these opportunities (e.g. one owner, region or period).")
            .ResolveAsync(async c => await Read(c, db => FunnelAnalytics.FunnelAsync(db, Selected(c), Now(c), c.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PipelineRowType>>>>("pipeline")
            .Description("The pipeline grouped by owner, region, industry, tier or close month, for the opportunities `where` selects.")
            .Argument<OpportunityFilterInput>("where", "Only these opportunities.")
            .Argument<NonNullGraphType<PipelineGroupingType>>("groupBy", "How to group the rows.")
            .ResolveAsync(async c => await Read(c, db => PipelineAnalytics.PipelineAsync(db, Selected(c), c.GetArgument<PipelineGrouping>("groupBy"), c.CancellationToken)));

        query.Field<NonNullGraphType<ForecastType>>("forecast")
            .Description("Commit + won against the sales targets of a period, grouped (targets exist by owner and by region).")
            .Argument<NonNullGraphType<StringGraphType>>("period", "A year (2026), quarter (2026-Q3) or month (2026-11).")
            .Argument<NonNullGraphType<PipelineGroupingType>>("groupBy", "How to group the rows.", a => a.DefaultValue = PipelineGrouping.Owner)
            .Argument<OpportunityFilterInput>("where", "Only these opportunities.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("period");
                if (!SalesPeriod.TryParse(text, out var period))
                    throw new CodedError("INVALID_PERIOD", $"'{text}' is not a period: use a year (2026), quarter (2026-Q3) or month (2026-11).");
                return await Read(c, db => ForecastAnalytics.ForecastAsync(db, Selected(c), period, c.GetArgument<PipelineGrouping>("groupBy"), c.CancellationToken));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SalesTargetType>>>>("salesTargets")
            .Description("The sales targets of a period.")
            .Argument<NonNullGraphType<StringGraphType>>("period", "A year, quarter or month.")
            .ResolveAsync(async c => await Read(c, db => db.SalesTargets.Where(t => t.Period == c.GetArgument<string>("period"))
                .OrderBy(t => t.OwnerId).ThenBy(t => t.Region).ToListAsync(c.CancellationToken)));
    }

    private static async Task<T> Read<T>(IResolveFieldContext context, Func<GraphKamDbContext, Task<T>> read)
    {
        await using var db = await context.Services().GetRequiredService<IDbContextFactory<GraphKamDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await read(db);
    }

    /// <summary>Opportunities of active accounts that the client's <c>where</c> selects; every analytic takes the same filter.</summary>
    private static Expression<Func<Opportunity, bool>> Selected(IResolveFieldContext context)
    {
        Expression<Func<Opportunity, bool>> active = o => o.Account!.ArchivedAt == null;
        if (context.GetArgument<FilterValue?>("where")?.ToPredicate<Opportunity>() is not { } filter) return active;
        return Expression.Lambda<Func<Opportunity, bool>>(Expression.AndAlso(active.Body, GraphKam.GraphQL.Data.ParameterReplacer.Bind(filter, active.Parameters[0])), active.Parameters[0]);
    }

    private static DateTime Now(IResolveFieldContext context) => context.Services().GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}
