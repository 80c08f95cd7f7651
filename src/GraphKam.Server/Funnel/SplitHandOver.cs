using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>
/// When a deal changes hands, its credit follows: in each split type the old owner's OWNER share passes to the new
/// owner, added to any share the new owner already held, which becomes the OWNER share. Shares still sum to 100 %.
/// The rows are changed on the tracked context and saved with the deal, or not at all.
/// </summary>
internal static class SplitHandOver
{
    public static async Task<MutationError?> ApplyAsync(MutationScope scope, Opportunity opportunity, int? from, int? to)
    {
        if (from == to || opportunity.Id == 0) return null;
        var splits = await scope.Db.OpportunitySplits.AsTracking().Where(s => s.OpportunityId == opportunity.Id)
            .ToListAsync(scope.CancellationToken);
        if (splits.Count == 0) return null;
        if (to is not { } owner) return new SplitsNeedOwnerError();
        foreach (var shares in splits.GroupBy(s => s.Type))
        {
            var handed = shares.FirstOrDefault(s => s.UserId == from && s.Role == TeamRole.Owner);
            var held = shares.FirstOrDefault(s => s.UserId == owner);
            // Updating the row the new owner already has (never moving another row onto their key) keeps the unique
            // index on (deal, type, person) satisfied whatever order the statements run in.
            if (handed != null && held != null)
            {
                held.Percent += handed.Percent;
                scope.Db.OpportunitySplits.Remove(handed);
            }
            else if (handed != null) handed.UserId = owner;
            if (held != null) held.Role = TeamRole.Owner;
        }
        return null;
    }
}
