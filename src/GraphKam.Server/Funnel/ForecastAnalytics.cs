using System.Globalization;
using System.Linq.Expressions;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>
/// One group's forecast for a period: won (closed in the period), commit and best case (open, expected to close in
/// it), forecast = won + commit, and attainment = forecast ÷ target.
/// </summary>
public sealed record ForecastRow(string Key, User? Owner, decimal? Target, decimal Won, decimal Commit, decimal BestCase)
{
    public decimal Forecast => Won + Commit;
    public double? Attainment => Target is > 0 ? (double)(Forecast / Target.Value) : null;
}

public sealed record Forecast(SalesPeriod Period, PipelineGrouping GroupBy, ForecastRow Total, IReadOnlyList<ForecastRow> Rows);

public static class ForecastAnalytics
{
    public static async Task<Forecast> ForecastAsync(GraphKamDbContext db, Expression<Func<Opportunity, bool>> selected, SalesPeriod period,
        PipelineGrouping groupBy, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var sums = await PipelineAnalytics.Facts(db, selected, groupBy).GroupBy(f => f.Key).Select(g => new
        {
            g.Key,
            Won = g.Sum(o => o.Status == OpportunityStatus.Won && o.ClosedAt >= start && o.ClosedAt < end ? o.Amount : 0m),
            Commit = g.Sum(o => o.Status == OpportunityStatus.Open && o.Category == ForecastCategory.Commit
                && o.ExpectedCloseDate >= start && o.ExpectedCloseDate < end ? o.Amount : 0m),
            BestCase = g.Sum(o => o.Status == OpportunityStatus.Open && o.Category >= ForecastCategory.BestCase
                && o.ExpectedCloseDate >= start && o.ExpectedCloseDate < end ? o.Amount : 0m),
        }).ToListAsync(cancellationToken);
        var targets = await db.SalesTargets.Where(t => t.Period == period.Text).ToListAsync(cancellationToken);

        // Targets exist by owner or by region; an owner or region with a target but no deal still gets a row.
        string? TargetKey(SalesTarget t) => groupBy switch
        {
            PipelineGrouping.Owner when t.Region == null => t.OwnerId?.ToString(CultureInfo.InvariantCulture),
            PipelineGrouping.Region when t.OwnerId == null => t.Region,
            _ => null,
        };
        var byKey = targets.Where(t => TargetKey(t) != null).ToDictionary(t => TargetKey(t)!, t => t.Amount);
        var keys = sums.Select(s => s.Key).Union(byKey.Keys).Distinct().ToList();
        var owners = await PipelineAnalytics.OwnersAsync(db, groupBy, keys, cancellationToken);
        decimal Yuan(decimal? sum) => PipelineAnalytics.Amounts(groupBy, sum ?? 0);
        var rows = keys.Select(key =>
        {
            var sum = sums.FirstOrDefault(s => s.Key == key);
            return new ForecastRow(PipelineAnalytics.KeyText(groupBy, key, owners), PipelineAnalytics.Owner(groupBy, key, owners),
                key != null && byKey.TryGetValue(key, out var target) ? target : null, Yuan(sum?.Won), Yuan(sum?.Commit), Yuan(sum?.BestCase));
        }).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();

        var companyTarget = targets.FirstOrDefault(t => t.OwnerId == null && t.Region == null)?.Amount;
        var total = new ForecastRow("(total)", null, companyTarget ?? (byKey.Count > 0 ? byKey.Values.Sum() : null),
            rows.Sum(r => r.Won), rows.Sum(r => r.Commit), rows.Sum(r => r.BestCase));
        return new Forecast(period, groupBy, total, rows);
    }
}
