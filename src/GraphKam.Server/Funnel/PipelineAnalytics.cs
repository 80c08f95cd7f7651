using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using GraphKam.GraphQL.Data;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

[System.ComponentModel.Description("How pipeline and forecast rows are grouped.")]
public enum PipelineGrouping
{
    [System.ComponentModel.Description("By owner.")] Owner = 1,
    [System.ComponentModel.Description("By the account's region.")] Region = 2,
    [System.ComponentModel.Description("By the account's industry.")] Industry = 3,
    [System.ComponentModel.Description("By the account's tier in the default policy.")] Tier = 4,
    [System.ComponentModel.Description("By the month of the expected close date (yyyy-MM).")] Month = 5,
}

/// <summary>A group of opportunities: its open, weighted, best-case, commit, won and lost amounts and its win rate.</summary>
public sealed record PipelineRow(string Key, User? Owner, decimal Open, decimal Weighted, decimal BestCase, decimal Commit,
    decimal Won, decimal Lost, int Count, double? WinRate);

/// <summary>
/// The pipeline by owner, region, industry, tier or month: one GROUP BY statement. Best case includes commit, as in
/// most forecasting: it is everything that could close. By owner, revenue splits share a deal among its people.
/// </summary>
public static class PipelineAnalytics
{
    public static async Task<List<PipelineRow>> PipelineAsync(GraphKamDbContext db, Expression<Func<Opportunity, bool>> selected,
        PipelineGrouping groupBy, CancellationToken cancellationToken)
    {
        var rows = await Facts(db, selected, groupBy).GroupBy(f => f.Key).Select(g => new
        {
            g.Key,
            Open = g.Sum(o => o.Status == OpportunityStatus.Open ? o.Amount : 0m),
            Weighted = g.Sum(o => o.Status == OpportunityStatus.Open ? o.WeightedAmount : 0m),
            BestCase = g.Sum(o => o.Status == OpportunityStatus.Open && o.Category >= ForecastCategory.BestCase ? o.Amount : 0m),
            Commit = g.Sum(o => o.Status == OpportunityStatus.Open && o.Category == ForecastCategory.Commit ? o.Amount : 0m),
            Won = g.Sum(o => o.Status == OpportunityStatus.Won ? o.Amount : 0m),
            Lost = g.Sum(o => o.Status == OpportunityStatus.Lost ? o.Amount : 0m),
            Count = g.Count(),
            WonCount = g.Count(o => o.Status == OpportunityStatus.Won),
            LostCount = g.Count(o => o.Status == OpportunityStatus.Lost),
        }).ToListAsync(cancellationToken);
        var owners = await OwnersAsync(db, groupBy, rows.Select(r => r.Key), cancellationToken);
        decimal Yuan(decimal sum) => Amounts(groupBy, sum);
        return rows.Select(r => new PipelineRow(KeyText(groupBy, r.Key, owners), Owner(groupBy, r.Key, owners), Yuan(r.Open),
                Yuan(r.Weighted), Yuan(r.BestCase), Yuan(r.Commit), Yuan(r.Won), Yuan(r.Lost), r.Count, r.WonCount + r.LostCount == 0 ? null : (double)r.WonCount / (r.WonCount + r.LostCount)))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>What the sums need of an opportunity: its group, and its stage's category among the rest.</summary>
    /// <remarks>Set by an initializer, not a constructor, so that EF Core can see which column each member is.</remarks>
    public sealed class Fact
    {
        public string? Key { get; init; }
        public OpportunityStatus Status { get; init; }
        public decimal Amount { get; init; }
        public decimal WeightedAmount { get; init; }
        public ForecastCategory Category { get; init; }
        public DateTime? ClosedAt { get; init; }
        public DateTime? ExpectedCloseDate { get; init; }
    }

    private static readonly Expression<Func<Opportunity, FunnelStage, string?, Fact>> FactOf = (o, stage, key) => new Fact
    {
        Key = key,
        Status = o.Status,
        Amount = o.Amount,
        WeightedAmount = o.WeightedAmount,
        Category = stage.ForecastCategory,
        ClosedAt = o.ClosedAt,
        ExpectedCloseDate = o.ExpectedCloseDate,
    };

    /// <summary>
    /// The facts of the selected opportunities, to be grouped by their key. The stage is joined explicitly, before
    /// GROUP BY: reached through the navigation inside the aggregates, EF Core re-scans the opportunities once per
    /// group and sum (seconds at 100,000 deals instead of milliseconds).
    /// </summary>
    public static IQueryable<Fact> Facts(GraphKamDbContext db, Expression<Func<Opportunity, bool>> selected, PipelineGrouping groupBy)
    {
        if (groupBy == PipelineGrouping.Owner) return CreditFacts(db, selected);
        var key = GroupKey(groupBy);
        var (opportunity, stage) = (key.Parameters[0], Expression.Parameter(typeof(FunnelStage), "stage"));
        var fact = Expression.Lambda<Func<Opportunity, FunnelStage, Fact>>(ParameterReplacer.Bind(FactOf, opportunity, stage, key.Body), opportunity, stage);
        return db.Opportunities.Where(selected).Join(db.FunnelStages, o => o.StageId, s => s.Id, fact);
    }

    /// <summary>
    /// By owner, a deal with REVENUE splits counts once per split person, with amount × percent; one without counts
    /// for its owner at 100 %. Money and percents are integers in the database (fen, hundredths of a percent), so the
    /// products are exact integers in SQL, read back <see cref="CreditScale"/> times too large (undone by
    /// <see cref="Amounts"/>): the rows add up exactly to the unsplit totals.
    /// </summary>
    private static IQueryable<Fact> CreditFacts(GraphKamDbContext db, Expression<Func<Opportunity, bool>> selected) =>
        from o in db.Opportunities.Where(selected)
        join stage in db.FunnelStages on o.StageId equals stage.Id
        join split in db.OpportunitySplits.Where(s => s.Type == SplitType.Revenue) on o.Id equals split.OpportunityId into splits
        from split in splits.DefaultIfEmpty()
        select new Fact
        {
#pragma warning disable CA1305 // translated to SQL, where numbers have no culture
            Key = split == null ? o.OwnerId.ToString() : split.UserId.ToString(),
#pragma warning restore CA1305
            Status = o.Status,
            // The constant 100 takes the percent's mapping (hundredths), so both branches share one scale.
            Amount = o.Amount * (split == null ? 100m : split.Percent),
            WeightedAmount = o.WeightedAmount * (split == null ? 100m : split.Percent),
            Category = stage.ForecastCategory,
            ClosedAt = o.ClosedAt,
            ExpectedCloseDate = o.ExpectedCloseDate,
        };

    /// <summary>How much too large the summed amounts of <see cref="CreditFacts"/> are read back (100 % = 10,000).</summary>
    private const decimal CreditScale = 10_000m;

    /// <summary>A sum of the facts' amounts in yuan: as read, or undoing the credit scale when grouped by owner.</summary>
    public static decimal Amounts(PipelineGrouping groupBy, decimal sum) => groupBy == PipelineGrouping.Owner ? sum / CreditScale : sum;

    /// <summary>
    /// The group of an opportunity as text computed in SQL (so that every grouping shares one query shape): the owner's
    /// ID, the region, the industry's number, the default-policy tier code, or the close month as yyyyMM.
    /// </summary>
    [SuppressMessage("Globalization", "CA1305", Justification = "Translated to SQL, where numbers have no culture.")]
    public static Expression<Func<Opportunity, string?>> GroupKey(PipelineGrouping groupBy) => groupBy switch
    {
        PipelineGrouping.Owner => o => o.OwnerId.ToString(),
        PipelineGrouping.Region => o => o.Account!.Region,
        PipelineGrouping.Industry => o => ((int)o.Account!.Industry).ToString(),
        PipelineGrouping.Tier => o => o.Account!.Tiers.Where(t => t.Policy!.IsDefault).Select(t => t.TierCode).FirstOrDefault(),
        _ => o => o.ExpectedCloseDate == null ? null : (o.ExpectedCloseDate.Value.Year * 100 + o.ExpectedCloseDate.Value.Month).ToString(),
    };

    /// <summary>The key as people read it: an owner's name, an industry's name, a month as yyyy-MM; "(none)" when missing.</summary>
    public static string KeyText(PipelineGrouping groupBy, string? key, IReadOnlyDictionary<int, User> owners) => (groupBy, key) switch
    {
        (_, null or "") => "(none)",
        (PipelineGrouping.Owner, _) => owners.TryGetValue(int.Parse(key, CultureInfo.InvariantCulture), out var owner) ? owner.Name : key,
        (PipelineGrouping.Industry, _) => GraphKam.GraphQL.Schema.EnumType<Industry>.ConstantCase(((Industry)int.Parse(key, CultureInfo.InvariantCulture)).ToString()),
        (PipelineGrouping.Month, _) => $"{key[..4]}-{key[4..]}",
        _ => key,
    };

    public static User? Owner(PipelineGrouping groupBy, string? key, IReadOnlyDictionary<int, User> owners) =>
        groupBy == PipelineGrouping.Owner && int.TryParse(key, out var id) ? owners.GetValueOrDefault(id) : null;

    public static async Task<Dictionary<int, User>> OwnersAsync(GraphKamDbContext db, PipelineGrouping groupBy, IEnumerable<string?> keys,
        CancellationToken cancellationToken)
    {
        if (groupBy != PipelineGrouping.Owner) return [];
        var ids = keys.Select(k => int.TryParse(k, out var id) ? id : (int?)null).OfType<int>().ToList();
        return await db.People.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
    }
}
