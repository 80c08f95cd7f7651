using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Revenue;

public sealed class RevenueQueries(TimeProvider clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevenueTrendMonthType>>>>("revenueTrend")
            .Description("The company's revenue by month, oldest first, with growth on the month and the year before (staff only).")
            .Argument<StringGraphType>("from", "The first month, e.g. 2025-01; 23 months before `to` when omitted.")
            .Argument<StringGraphType>("to", "The last month, e.g. 2026-11; the current month when omitted.")
            .ScanCost(AnalyticCosts.RevenueTrend)
            .ResolveAsync(async c =>
            {
                var (from, to) = MonthRange.Parse(c.GetArgument<string?>("from"), c.GetArgument<string?>("to"),
                    clock.GetUtcNow().UtcDateTime, 24);
                return await c.ReadAsync(db => RevenueHistory.TrendAsync(db, from, to, c.CancellationToken));
            })
            .FieldType.RequireRoles(Roles.Internal);
}
