using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Capacity;

public sealed class CapacityQueries(TimeProvider clock, IOptions<CapacityOptions> options) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapacityRowType>>>>("salesCapacity")
            .Description("Each rep's book by tier against their capacity, most loaded first (staff only).")
            .Argument<SalesCapacityFilterInputType>("where", "Which reps.")
            .ScanCost(AnalyticCosts.SalesCapacity)
            .ResolveAsync(async c => await c.ReadAsync(db => SalesCapacity.ReadAsync(db, options.Value,
                c.GetArgument<SalesCapacityFilter?>("where") ?? new SalesCapacityFilter(null, null, null),
                clock.GetUtcNow().UtcDateTime, c.CancellationToken)))
            .FieldType.RequireRoles(Roles.Internal);

        query.Field<NonNullGraphType<AttainmentType>>("activityAttainment")
            .Description("Visits and face-to-face meetings of a period against the quotas, by rep or team (staff only).")
            .Argument<NonNullGraphType<StringGraphType>>("period", "A year (2026), quarter (2026-Q3) or month (2026-11).")
            .Argument<NonNullGraphType<AttainmentGroupingType>>("groupBy", "How to group the rows.",
                a => a.DefaultValue = AttainmentGrouping.Owner)
            .ScanCost(AnalyticCosts.ActivityAttainment)
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("period");
                if (!SalesPeriod.TryParse(text, out var period)) throw new InvalidPeriodError(text).ToException();
                return await c.ReadAsync(db => ActivityAttainment.ReadAsync(db, options.Value, period,
                    c.GetArgument<AttainmentGrouping>("groupBy"), clock.GetUtcNow().UtcDateTime, c.CancellationToken));
            })
            .FieldType.RequireRoles(Roles.Internal);
    }
}
