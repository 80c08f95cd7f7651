using System.Linq.Expressions;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>One stage of the funnel: what is in it now, how long opportunities stay, and how many move on.</summary>
public sealed record FunnelStep(FunnelStage Stage, int Count, decimal Amount, decimal WeightedAmount, double? AvgDaysInStage, double? ConversionToNext);

/// <summary>
/// The funnel view (漏斗), one SQL statement over the stages. Counts and amounts are the opportunities in each stage
/// now; time in stage and conversion come from the stage history of the same opportunities.
/// </summary>
public static class FunnelAnalytics
{
    public static async Task<List<FunnelStep>> FunnelAsync(GraphKamDbContext db, Expression<Func<Opportunity, bool>> selected,
        DateTime now, CancellationToken cancellationToken)
    {
        var opportunities = db.Opportunities.Where(selected);
        var ids = opportunities.Select(o => o.Id);
        var rows = await db.FunnelStages.OrderBy(s => s.Order).Select(s => new
        {
            Stage = s,
            Count = opportunities.Count(o => o.StageId == s.Id),
            Amount = opportunities.Where(o => o.StageId == s.Id).Sum(o => (decimal?)o.Amount),
            Weighted = opportunities.Where(o => o.StageId == s.Id).Sum(o => (decimal?)o.WeightedAmount),
            // Each entry into the stage lasts until the opportunity's next change, or until now.
            AvgDays = db.StageChanges.Where(c => c.ToStageId == s.Id && !s.IsClosed && ids.Contains(c.OpportunityId))
                .Average(c => (double?)SqlDates.ExactDaysBetween(c.ChangedAt,
                    db.StageChanges.Where(n => n.OpportunityId == c.OpportunityId && (n.ChangedAt > c.ChangedAt || (n.ChangedAt == c.ChangedAt && n.Id > c.Id)))
                        .Min(n => (DateTime?)n.ChangedAt) ?? now)),
            // Of those that entered the stage, how many reached a later open stage or won.
            Entered = opportunities.Count(o => o.StageChanges.Any(c => c.ToStageId == s.Id)),
            Advanced = opportunities.Count(o => o.StageChanges.Any(c => c.ToStageId == s.Id)
                && o.StageChanges.Any(n => n.ToStage!.Order > s.Order && (!n.ToStage.IsClosed || n.ToStage.IsWon))),
        }).ToListAsync(cancellationToken);
        return rows.Select(r => new FunnelStep(r.Stage, r.Count, r.Amount ?? 0, r.Weighted ?? 0, r.AvgDays,
            r.Stage.IsClosed || r.Entered == 0 ? null : (double)r.Advanced / r.Entered)).ToList();
    }
}
