using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Kpis;

public sealed class KpiQueries(TimeProvider clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiSnapshotType>>>>("kpiHistory")
            .Description("A tier policy's monthly KPI snapshots, oldest first (staff only).")
            .Argument<StringGraphType>("from", "The first month, e.g. 2025-01; 23 months before `to` when omitted.")
            .Argument<StringGraphType>("to", "The last month; the current month when omitted.")
            .Argument<StringGraphType>("policy", "The policy's key; the default policy when omitted.")
            .Argument<NonNullGraphType<KpiGroupingType>>("groupBy", "Months, or the last snapshot of each quarter or year.",
                a => a.DefaultValue = KpiGrouping.Month)
            .ResolveAsync(async c =>
            {
                var (from, to) = MonthRange.Parse(c.GetArgument<string?>("from"), c.GetArgument<string?>("to"), Now, 24);
                return await c.ReadAsync(async db => await KpiReads.HistoryAsync(db,
                    await KpiReads.PolicyAsync(db, c.GetArgument<string?>("policy"), c.CancellationToken), from, to,
                    c.GetArgument<KpiGrouping>("groupBy"), c.CancellationToken));
            })
            .FieldType.RequireRoles(Roles.Internal);

        query.Field<NonNullGraphType<TierMigrationMatrixType>>("tierMigration")
            .Description("Accounts by tier at the end of one month and at the end of another, from the tier history (staff only).")
            .Argument<NonNullGraphType<StringGraphType>>("from", "The first month, e.g. 2025-11.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "The second month, e.g. 2026-11 (the current month ends now).")
            .Argument<StringGraphType>("policy", "The policy's key; the default policy when omitted.")
            .ScanCost(AnalyticCosts.TierMigration)
            .ResolveAsync(async c =>
            {
                var (from, to) = MonthRange.Parse(c.GetArgument<string>("from"), c.GetArgument<string>("to"), Now, 1);
                return await c.ReadAsync(async db => await KpiReads.MatrixAsync(db,
                    await KpiReads.PolicyAsync(db, c.GetArgument<string?>("policy"), c.CancellationToken), from, to, Now, c.CancellationToken));
            })
            .FieldType.RequireRoles(Roles.Internal);

        query.Field<NonNullGraphType<AnnualReviewType>>("annualReview")
            .Description("The year-end review of key-account work against the year before and the year's targets (staff only).")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year (not after the current one).")
            .Argument<StringGraphType>("policy", "The policy's key; the default policy when omitted.")
            .ScanCost(AnalyticCosts.AnnualReview)
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<int>("year");
                if (!SalesCalendar.Covers(year) || year > Now.Year)
                    throw new CodedError("OUT_OF_RANGE", $"`year` must be from {SalesCalendar.FirstYear} to this year, {Now.Year} (got {year}).");
                return await c.ReadAsync(async db => await AnnualReviews.ReadAsync(db,
                    await KpiReads.PolicyAsync(db, c.GetArgument<string?>("policy"), c.CancellationToken), year, Now, c.CancellationToken));
            })
            .FieldType.RequireRoles(Roles.Internal);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
