using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Setup;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Service;

public sealed class SatisfactionQueries(TimeProvider clock, IOptions<ServiceOptions> options) : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<SatisfactionOverviewType>>("satisfactionOverview")
            .Description("The organisation's satisfaction over all active accounts: each month of a year and the rolling figure, "
                + "against the year's target (staff only).")
            .Argument<IntGraphType>("year", "The calendar year; this year when omitted.")
            .ScanCost(AnalyticCosts.SatisfactionOverview)
            .ResolveAsync(async c =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var year = c.GetArgument<int?>("year") ?? now.Year;
                if (year is < SalesCalendar.FirstYear or > SalesCalendar.LastYear)
                    throw new CodedError("INVALID_ARGUMENT", $"`year` must be from {SalesCalendar.FirstYear} to {SalesCalendar.LastYear}.");
                return await c.ReadAsync(db => OverviewAsync(db, year, now, c.CancellationToken));
            })
            .FieldType.RequireRoles(Roles.Internal);

    private async Task<SatisfactionOverview> OverviewAsync(GraphKamDbContext db, int year, DateTime now, CancellationToken cancellationToken)
    {
        var surveys = db.SatisfactionSurveys.Where(s => s.Account!.ArchivedAt == null);
        var (start, end) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var months = await SatisfactionFigures.MonthsAsync(surveys, start, end, cancellationToken);
        var ofYear = surveys.Where(s => s.RecordedAt >= start && s.RecordedAt < end);
        var average = await ofYear.AverageAsync(s => (double?)s.Score, cancellationToken);
        var target = await db.SatisfactionTargets.FirstOrDefaultAsync(t => t.Year == year, cancellationToken);
        var current = await SatisfactionFigures.MeanAsync(surveys, options.Value.WindowStart(now), cancellationToken);
        return new SatisfactionOverview(year, target, current, average is { } mean ? SatisfactionFigures.Round(mean) : null,
            months.Sum(m => m.Responses), months);
    }
}
