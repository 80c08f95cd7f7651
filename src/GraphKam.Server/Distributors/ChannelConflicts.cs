using GraphKam.Server.Data;
using GraphKam.Server.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Distributors;

/// <summary>A situation a standing rule found; <see cref="Key"/> names it, so that it is filed once.</summary>
internal sealed record Finding(string Key, ConflictKind Kind, int DistributorId, int? OtherDistributorId, int? AccountId, int? OpportunityId, string Description);

/// <summary>
/// The standing conflict rules, re-checked inside each mutation that can change their outcome, for the accounts and
/// distributors it touched: new findings are filed (a cleared one opens again), open conflicts that no longer hold
/// are cleared, and resolved ones stay resolved (someone decided to live with them).
/// </summary>
public static class ChannelConflicts
{
    public const string ClearedResolution = "Cleared: the situation no longer holds.";

    public static async Task CheckAsync(MutationScope scope, IReadOnlyCollection<int> accountIds, IReadOnlyCollection<int> distributorIds)
    {
        var db = scope.Db;
        await using var wall = await PartnerWall.LiftAsync(db, scope.CancellationToken);
        var findings = new List<Finding>();
        findings.AddRange(await ConflictRules.DirectVsChannelAsync(db, accountIds, distributorIds, scope.CancellationToken));
        findings.AddRange(await ConflictRules.TerritoryBreachesAsync(db, accountIds, distributorIds, scope.CancellationToken));
        findings.AddRange(await ConflictRules.OverlapsAsync(db, distributorIds, scope.CancellationToken));

        var keys = findings.Select(f => f.Key).ToList();
        var stored = await db.ChannelConflicts.IgnoreQueryFilters().AsTracking()
            .Where(c => keys.Contains(c.Key) || (c.Status == ConflictStatus.Open && c.DealRegistrationId == null
                && ((c.AccountId != null && accountIds.Contains(c.AccountId.Value)) || distributorIds.Contains(c.DistributorId)
                    || (c.OtherDistributorId != null && distributorIds.Contains(c.OtherDistributorId.Value)))))
            .ToDictionaryAsync(c => c.Key, scope.CancellationToken);
        foreach (var finding in findings.DistinctBy(f => f.Key))
        {
            if (!stored.Remove(finding.Key, out var conflict)) db.ChannelConflicts.Add(File(finding, scope.Now));
            else if (conflict.Status == ConflictStatus.Cleared) Reopen(conflict, finding, scope.Now);
        }
        foreach (var gone in stored.Values.Where(c => c.Status == ConflictStatus.Open)) Clear(gone, scope.Now, scope.Actor);
        await db.SaveChangesAsync(scope.CancellationToken);
    }

    /// <summary>Clears the open conflicts a deal registration raised (it was rejected: the claim is gone).</summary>
    public static Task ClearForRegistrationAsync(MutationScope scope, int registrationId) =>
        scope.Db.ChannelConflicts.Where(c => c.DealRegistrationId == registrationId && c.Status == ConflictStatus.Open)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, ConflictStatus.Cleared).SetProperty(c => c.ResolvedAt, scope.Now)
                .SetProperty(c => c.ResolvedBy, scope.Actor).SetProperty(c => c.Resolution, ClearedResolution)
                .SetProperty(c => c.Version, c => c.Version + 1), scope.CancellationToken);

    internal static ChannelConflict File(Finding finding, DateTime now, int? registrationId = null) => new()
    {
        Kind = finding.Kind,
        Key = finding.Key,
        DistributorId = finding.DistributorId,
        OtherDistributorId = finding.OtherDistributorId,
        AccountId = finding.AccountId,
        OpportunityId = finding.OpportunityId,
        DealRegistrationId = registrationId,
        Description = finding.Description,
        DetectedAt = now,
        Version = 1,
    };

    private static void Reopen(ChannelConflict conflict, Finding finding, DateTime now)
    {
        (conflict.Status, conflict.Description, conflict.DetectedAt) = (ConflictStatus.Open, finding.Description, now);
        (conflict.ResolvedAt, conflict.ResolvedBy, conflict.Resolution) = (null, null, null);
        conflict.Version++;
    }

    private static void Clear(ChannelConflict conflict, DateTime now, string actor)
    {
        (conflict.Status, conflict.ResolvedAt, conflict.ResolvedBy, conflict.Resolution) = (ConflictStatus.Cleared, now, actor, ClearedResolution);
        conflict.Version++;
    }
}
