using System.Globalization;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Distributors;

/// <summary>
/// The standing rules, each returning every situation it finds that involves one of the given accounts or
/// distributors. Only active distributors count: a suspended or terminated one works nothing.
/// The rules read past the caller's isolation: a partner's change re-checks situations involving deals and partners it
/// cannot see, and judging them from its partial view would clear conflicts that still hold.
/// </summary>
internal static class ConflictRules
{
    /// <summary>DIRECT_VS_CHANNEL: outside or inside sales work an open deal on an account a distributor serves.</summary>
    public static async Task<List<Finding>> DirectVsChannelAsync(GraphKamDbContext db, IReadOnlyCollection<int> accountIds,
        IReadOnlyCollection<int> distributorIds, CancellationToken cancellationToken)
    {
        var rows = await (
            from o in db.Opportunities.IgnoreQueryFilters()
            where o.Status == OpportunityStatus.Open && o.Route != SalesRoute.Channel && o.Account!.ArchivedAt == null
            from a in db.DistributorAssignments.IgnoreQueryFilters()
            where a.AccountId == o.AccountId && a.Distributor!.Status == DistributorStatus.Active
                && (accountIds.Contains(o.AccountId) || distributorIds.Contains(a.DistributorId))
            select new { o.Id, o.Name, o.Amount, o.Route, o.AccountId, Account = o.Account!.Name, a.DistributorId, Distributor = a.Distributor!.Name }
        ).ToListAsync(cancellationToken);
        return rows.Select(r => new Finding($"DIRECT_VS_CHANNEL:o{r.Id}:d{r.DistributorId}", ConflictKind.DirectVsChannel, r.DistributorId, null,
            r.AccountId, r.Id, $"{r.Distributor} serves {r.Account}, while {r.Route.ToString().ToLowerInvariant()} sales work '{r.Name}' ({Yuan(r.Amount)}).")).ToList();
    }

    /// <summary>TERRITORY_BREACH: a distributor serves an account, or works a deal there, outside its regions or industries.</summary>
    public static async Task<List<Finding>> TerritoryBreachesAsync(GraphKamDbContext db, IReadOnlyCollection<int> accountIds,
        IReadOnlyCollection<int> distributorIds, CancellationToken cancellationToken)
    {
        var served = db.DistributorAssignments.IgnoreQueryFilters().Select(a => new { a.DistributorId, a.AccountId });
        var dealt = db.Opportunities.IgnoreQueryFilters().Where(o => o.Status == OpportunityStatus.Open && o.DistributorId != null)
            .Select(o => new { DistributorId = o.DistributorId!.Value, o.AccountId });
        var pairs = await (
            from p in served.Union(dealt)
            join d in db.Distributors.IgnoreQueryFilters() on p.DistributorId equals d.Id
            join a in db.Accounts.IgnoreQueryFilters() on p.AccountId equals a.Id
            where d.Status == DistributorStatus.Active && a.ArchivedAt == null && (accountIds.Contains(a.Id) || distributorIds.Contains(d.Id))
            select new { d.Id, d.Name, d.Regions, d.Industries, AccountId = a.Id, Account = a.Name, a.Region, a.Industry }
        ).ToListAsync(cancellationToken);
        return pairs.Where(p => !DistributorRules.Covers(p.Regions, p.Industries, p.Region, p.Industry))
            .Select(p => Breach(p.Id, p.Name, p.AccountId, p.Account, p.Region, p.Industry)).ToList();
    }

    public static Finding Breach(int distributorId, string distributor, int accountId, string account, string region, Industry industry, string key = "") =>
        new($"TERRITORY_BREACH:d{distributorId}:a{accountId}{key}", ConflictKind.TerritoryBreach, distributorId, null, accountId, null,
            $"{distributor} works {account} ({region}, {industry}) outside its territory.");

    /// <summary>DISTRIBUTOR_OVERLAP: two active exclusive distributors share a region and an industry.</summary>
    public static async Task<List<Finding>> OverlapsAsync(GraphKamDbContext db, IReadOnlyCollection<int> distributorIds, CancellationToken cancellationToken)
    {
        if (distributorIds.Count == 0) return [];
        // Exclusive distributors are few (one per territory, by intent), so the pairs are compared in memory.
        var exclusive = await db.Distributors.IgnoreQueryFilters().Where(d => d.Status == DistributorStatus.Active
            && (d.Kind == DistributorKind.GeneralExclusive || d.Kind == DistributorKind.RegionalExclusive)).ToListAsync(cancellationToken);
        return (from one in exclusive
                from other in exclusive
                where one.Id < other.Id && (distributorIds.Contains(one.Id) || distributorIds.Contains(other.Id)) && DistributorRules.Overlap(one, other)
                select new Finding($"DISTRIBUTOR_OVERLAP:d{one.Id}:d{other.Id}", ConflictKind.DistributorOverlap, one.Id, other.Id, null, null,
                    $"{one.Name} and {other.Name} are both exclusive in {Territory(one, other)}.")).ToList();
    }

    private static string Territory(Distributor one, Distributor other)
    {
        var regions = one.Regions.Count == 0 ? other.Regions : other.Regions.Count == 0 ? one.Regions : one.Regions.Intersect(other.Regions, StringComparer.OrdinalIgnoreCase).ToList();
        var industries = one.Industries.Count == 0 ? other.Industries : other.Industries.Count == 0 ? one.Industries : one.Industries.Intersect(other.Industries).ToList();
        return $"{(regions.Count == 0 ? "every region" : string.Join(", ", regions))} for {(industries.Count == 0 ? "every industry" : string.Join(", ", industries))}";
    }

    public static string Yuan(decimal amount) => $"{amount.ToString("N0", CultureInfo.InvariantCulture)} yuan";
}
