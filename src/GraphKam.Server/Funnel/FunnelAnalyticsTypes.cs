using GraphKam.GraphQL.Schema;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed class PipelineGroupingType : EnumType<PipelineGrouping>;

public sealed class FunnelStepType : ObjectType<FunnelStep>
{
    public FunnelStepType()
    {
        Name = "FunnelStep";
        Description = "One stage of the funnel: the opportunities in it now, how long they stay, and how many move on.";
        Field<NonNullGraphType<FunnelStageType>>("stage").Description("The stage.").Resolve(c => c.Source.Stage);
        Field(s => s.Count).Description("How many opportunities are in the stage now.");
        Field(s => s.Amount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Their total amount, in yuan.");
        Field(s => s.WeightedAmount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Their total weighted amount, in yuan.");
        Field(s => s.AvgDaysInStage, nullable: true).Description("Average days an opportunity spends in the stage (history, including time so far); null for closing stages.");
        Field(s => s.ConversionToNext, nullable: true).Description("Of the opportunities that reached the stage or went past it, the share that went past it: to a later open stage or WON (0 to 1); null for closing stages.");
    }
}

public sealed class PipelineRowType : ObjectType<PipelineRow>
{
    public PipelineRowType()
    {
        Name = "PipelineRow";
        Description = "The pipeline of one group (owner, region, industry, tier or month). Amounts in yuan.";
        Field(r => r.Key).Description("The group: an owner's name, a region, an industry, a tier code or a month (yyyy-MM); (none) when missing.");
        Field<UserType>("owner").Description("The owner, when grouped by owner.").Resolve(c => c.Source.Owner);
        Field(r => r.Open, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Amount of open opportunities.");
        Field(r => r.Weighted, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Weighted amount of open opportunities.");
        Field(r => r.BestCase, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Amount of open opportunities in best-case or commit stages.");
        Field(r => r.Commit, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Amount of open opportunities in commit stages.");
        Field(r => r.Won, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Amount won.");
        Field(r => r.Lost, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Amount lost.");
        Field(r => r.Count).Description("How many opportunities.");
        Field(r => r.WinRate, nullable: true).Description("Won ÷ (won + lost), by count, from 0 to 1; null when none closed.");
    }
}

public sealed class ForecastRowType : ObjectType<ForecastRow>
{
    public ForecastRowType()
    {
        Name = "ForecastRow";
        Description = "One group's forecast for the period, against its target. Amounts in yuan.";
        Field(r => r.Key).Description("The group (or (total)).");
        Field<UserType>("owner").Description("The owner, when grouped by owner.").Resolve(c => c.Source.Owner);
        Field(r => r.Target, type: typeof(DecimalGraphType)).Description("The target for the period; null when none is set.");
        Field(r => r.Won, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Won and closed in the period.");
        Field(r => r.Commit, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Open in commit stages, expected to close in the period.");
        Field(r => r.BestCase, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Open in best-case or commit stages, expected to close in the period.");
        Field<NonNullGraphType<DecimalGraphType>>("forecast").Description("Won + commit.").Resolve(c => c.Source.Forecast);
        Field<FloatGraphType>("attainment").Description("Forecast ÷ target (1.2 = 120 %); null without a target.").Resolve(c => c.Source.Attainment);
    }
}

public sealed class ForecastType : ObjectType<Forecast>
{
    public ForecastType()
    {
        Name = "Forecast";
        Description = "The forecast for a period: commit + won against the sales targets.";
        Field<NonNullGraphType<StringGraphType>>("period").Description("The period.").Resolve(c => c.Source.Period.Text);
        Field<NonNullGraphType<DateTimeGraphType>>("start").Description("Its first instant (UTC).").Resolve(c => c.Source.Period.Start);
        Field<NonNullGraphType<DateTimeGraphType>>("end").Description("The first instant after it (UTC).").Resolve(c => c.Source.Period.End);
        Field<NonNullGraphType<PipelineGroupingType>>("groupBy").Description("How the rows are grouped.").Resolve(c => c.Source.GroupBy);
        Field<NonNullGraphType<ForecastRowType>>("total").Description("Every group together; its target is the company target, or the sum of the rows' targets.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ForecastRowType>>>>("rows").Description("One row per group.").Resolve(c => c.Source.Rows);
    }
}

public sealed class SalesTargetType : ObjectType<Data.SalesTarget>
{
    public SalesTargetType()
    {
        Name = "SalesTarget";
        Description = "What an owner, a region or the whole company should sell in a period.";
        Field<UserType>("owner").Description("The owner; null for a region or company target.")
            .Resolve(c => GraphKam.GraphQL.Loading.EntityLoaders.LoadById<Data.User>(c, c.Source.OwnerId));
        Field(t => t.Region, nullable: true).Description("The region; null for an owner or company target.");
        Field(t => t.Period).Description("A year, quarter or month.");
        Field(t => t.Amount, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The target in yuan.");
    }
}
