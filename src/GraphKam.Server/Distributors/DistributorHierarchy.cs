using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Distributors;

/// <summary>
/// The two-level hierarchy: a second-tier distributor buys from a first-tier one; first-tier ones have no parent;
/// the hierarchy never loops; a distributor that supplies partners cannot itself become second tier.
/// </summary>
internal static class DistributorHierarchy
{
    public static async Task<List<MutationError>> SetParentAsync(MutationScope scope, Distributor distributor, string? parentId)
    {
        var errors = new List<MutationError>();
        var secondTier = distributor.Kind == DistributorKind.SecondTier;
        if (parentId == null)
        {
            distributor.ParentId = null;
            if (secondTier) errors.Add(new ParentRequiredError());
        }
        else if (!GlobalId.TryParseKey(parentId, "Distributor", out var key)) errors.Add(new InvalidIdError("parentId", parentId, "Distributor"));
        else if (await scope.Db.Distributors.FirstOrDefaultAsync(d => d.Id == key, scope.CancellationToken) is not { } parent)
            errors.Add(new DistributorNotFoundError(parentId));
        else if (await LoopsAsync(scope, distributor.Id, parent)) errors.Add(new DistributorCycleError(parentId));
        else if (!secondTier) errors.Add(new ParentNotAllowedError());
        else if (parent.Kind == DistributorKind.SecondTier) errors.Add(new ParentNotFirstTierError(parentId));
        else distributor.ParentId = parent.Id;

        if (secondTier && distributor.Id != 0 && await scope.Db.Distributors.CountAsync(d => d.ParentId == distributor.Id, scope.CancellationToken) is > 0 and var partners)
            errors.Add(new HasSecondTierPartnersError(partners));
        return errors;
    }

    /// <summary>Whether <paramref name="parent"/> is the distributor itself or lies below it.</summary>
    private static async Task<bool> LoopsAsync(MutationScope scope, int distributorId, Distributor parent)
    {
        if (distributorId == 0) return false; // a new distributor has nothing below it
        // Bounded, so that even a loop already in the data (which these rules prevent) cannot hang the request.
        var current = parent;
        for (var depth = 0; current != null && depth < 100; depth++)
        {
            if (current.Id == distributorId) return true;
            if (current.ParentId is not { } next) return false;
            current = await scope.Db.Distributors.FirstOrDefaultAsync(d => d.Id == next, scope.CancellationToken);
        }
        return false;
    }
}
