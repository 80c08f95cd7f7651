using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Funnel;

/// <summary><c>setSalesTarget</c>: one target per period and owner, region, or company; setting it again replaces it.</summary>
public static class SalesTargets
{
    public static async Task<Payload> SetAsync(SetSalesTargetInput input, MutationScope scope)
    {
        var errors = new List<MutationError>();
        if (!SalesPeriod.TryParse(input.Period, out var period)) errors.Add(new InvalidPeriodError(input.Period));
        if (input.Amount < 0) errors.Add(new OutOfRangeError("amount", 0, Money.MaxQuoted, (double)input.Amount));
        var region = string.IsNullOrWhiteSpace(input.Region) ? null : input.Region.Trim();
        if (region?.Length > 100) errors.Add(new TooLongError("region", 100));
        // The forecast reads a target per owner, per region or for the company: one for both would never be read.
        if (region != null && input.OwnerId != null) errors.Add(new TargetScopeError());
        // A target is our own seller's: a partner's user has no quota here (its deals count through the channel).
        int? ownerId = input.OwnerId == null ? null : await StaffPeople.KeyAsync(scope.Db, input.OwnerId, "ownerId",
            id => new OwnerNotFoundError(id), id => new OwnerNotStaffError(id), errors, scope.CancellationToken);
        if (errors.Count > 0) return Payload.Failure(errors);

        var target = await scope.Db.SalesTargets.AsTracking()
            .FirstOrDefaultAsync(t => t.Period == period.Text && t.OwnerId == ownerId && t.Region == region, scope.CancellationToken);
        if (target == null) scope.Db.SalesTargets.Add(target = new SalesTarget { Period = period.Text, OwnerId = ownerId, Region = region });
        target.Amount = Money.Round(input.Amount);
        target.UpdatedAt = scope.Now;
        await scope.Db.SaveChangesAsync(scope.CancellationToken);
        return Payload.Success(target);
    }
}
