using System.Linq.Expressions;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>One stage of the funnel: what is in it now, how long opportunities stay, and how many move on.</summary>
public sealed record FunnelStep(FunnelStage Stage, int Count, decimal Amount, decimal WeightedAmount, double? AvgDaysInStage, double? ConversionToNext);

/// <summary>
/// The funnel view (漏斗), one SQL statement over the stages. Counts and amounts are the opportunities in each stage
/// now; time in stage comes from their stage history, each entry knowing when the deal left the stage; conversion
/// from each deal's furthest stage reached (a deal that skipped a stage went through it, as in most CRMs).
/// </summary>
public static class FunnelAnalytics
{
    public static async Task<List<FunnelStep>> FunnelAsync(GraphKamDbContext db, Expression<Func<Opportunity, bool>> selected,
        DateTime now, CancellationToken cancellationToken)
    {
        var opportunities = db.Opportunities.Where(selected);
        // Each figure is one grouped pass, joined to the stages once: per-stage subqueries would re-read the deals per stage.
        var current = opportunities.GroupBy(o => o.StageId)
            .Select(g => new { StageId = g.Key, Count = g.Count(), Amount = g.Sum(o => o.Amount), Weighted = g.Sum(o => o.WeightedAmount) });
        // Each stay in a stage lasts until the deal left it, or until now for those still there.
        var stays = opportunities.SelectMany(o => o.StageChanges).GroupBy(c => c.ToStageId)
            .Select(g => new { StageId = g.Key, AvgDays = g.Average(c => SqlDates.ExactDaysBetween(c.ChangedAt, c.LeftAt ?? now)) });
        // How many got exactly this far: the deals that reached a stage are those whose furthest stage is it or later.
        var furthest = opportunities.GroupBy(o => o.FurthestStageOrder).Select(g => new { Order = g.Key, Count = g.Count() });
        var rows = await (
            from s in db.FunnelStages
            join n in current on s.Id equals n.StageId into inStage
            from n in inStage.DefaultIfEmpty()
            join t in stays on s.Id equals t.StageId into stayed
            from t in stayed.DefaultIfEmpty()
            join f in furthest on s.Order equals f.Order into got
            from f in got.DefaultIfEmpty()
            orderby s.Order
            // Stages without deals find no group: the casts let those columns be null.
            select new
            {
                Stage = s,
                Count = (int?)n.Count ?? 0,
                Amount = (decimal?)n.Amount,
                Weighted = (decimal?)n.Weighted,
                AvgDays = s.IsClosed ? null : (double?)t.AvgDays,
                FurthestHere = (int?)f.Count ?? 0,
            }).ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var reached = rows.Where(later => later.Stage.Order >= r.Stage.Order).Sum(later => later.FurthestHere);
            var conversion = r.Stage.IsClosed || reached == 0 ? (double?)null : (double)(reached - r.FurthestHere) / reached;
            return new FunnelStep(r.Stage, r.Count, r.Amount ?? 0, r.Weighted ?? 0, r.AvgDays, conversion);
        }).ToList();
    }
}
