using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary>
/// <c>setOpportunitySplits</c>: replaces an open deal's splits of one type as a whole, so that they always add up to 100 %.
/// Whether the caller may is the deal's write rule (the split rows and the deal's new version are both checked).
/// </summary>
public static class SetOpportunitySplits
{
    public static IReadOnlyList<Type> Errors { get; } =
    [
        typeof(TooManySplitsError), typeof(InvalidIdError), typeof(OpportunityNotFoundError), typeof(StaleVersionError),
        typeof(OpportunityClosedError), typeof(SplitSumError), typeof(SplitPercentError), typeof(DuplicateSplitUserError),
        typeof(OwnerNotFoundError), typeof(OwnerNotStaffError), typeof(SplitRoleMismatchError),
    ];

    public static async Task<Payload> HandleAsync(SetOpportunitySplitsInput input, MutationScope scope)
    {
        // Before anything is read: a huge list costs nothing but this answer.
        if (input.Splits.Count > SplitRules.MaxShares) return Payload.Failure(new TooManySplitsError(SplitRules.MaxShares, input.Splits.Count));
        var (opportunity, failure) = await OpportunityLookup.OpenForChangeAsync(scope, input.OpportunityId, input.Version, "opportunityId");
        if (opportunity == null) return failure!;
        var errors = new List<MutationError>();
        var wanted = new List<OpportunitySplit>();
        var people = await StaffPeople.CheckAsync(scope.Db, [.. input.Splits.Select(s => s.UserId)], "splits.userId",
            id => new OwnerNotFoundError(id), id => new OwnerNotStaffError(id), scope.CancellationToken);
        foreach (var (split, (userId, error)) in input.Splits.Zip(people))
        {
            if (!SplitRules.ValidPercent(split.Percent)) errors.Add(new SplitPercentError(split.UserId, split.Percent));
            if (error != null) errors.Add(error);
            else if (wanted.Any(w => w.UserId == userId)) errors.Add(new DuplicateSplitUserError(split.UserId));
            else if (!SplitRules.RoleFits(userId, split.Role, opportunity.OwnerId))
                errors.Add(new SplitRoleMismatchError(split.UserId, split.Role, userId == opportunity.OwnerId));
            else wanted.Add(new() { OpportunityId = opportunity.Id, Type = input.SplitType, UserId = userId, Percent = split.Percent, Role = split.Role });
        }
        var sum = input.Splits.Sum(s => s.Percent);
        if (input.Splits.Count > 0 && sum != 100m) errors.Add(new SplitSumError(input.SplitType, sum));
        if (errors.Count > 0) return Payload.Failure(errors);

        var current = await scope.Db.OpportunitySplits.Where(s => s.OpportunityId == opportunity.Id && s.Type == input.SplitType)
            .ToListAsync(scope.CancellationToken);
        scope.Db.OpportunitySplits.RemoveRange(current);
        // The old rows go first: a person keeping a share would otherwise meet their own row in the unique index.
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        scope.Db.OpportunitySplits.AddRange(wanted);
        scope.Publish(OpportunityChanged.Topic, new OpportunityChanged(opportunity.Id, OpportunityChangeKind.Updated, null));
        return await OpportunityLookup.SaveAsync(scope, opportunity, input.Version);
    }
}
