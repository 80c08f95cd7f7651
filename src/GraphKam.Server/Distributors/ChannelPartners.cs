using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Distributors;

/// <summary>The distributors area's answers to the funnel: serving partners, who works a channel deal, conflicts.</summary>
public sealed class ChannelPartners : IDealChannel
{
    public IReadOnlyList<Type> Errors { get; } =
        [typeof(InvalidIdError), typeof(DistributorNotFoundError), typeof(DistributorNotActiveError), typeof(ChannelRouteRequiredError)];

    /// <summary>The active distributor that has served the account longest, if any.</summary>
    public Task<int?> ServingPartnerAsync(MutationScope scope, int accountId) =>
        scope.Db.DistributorAssignments.Where(a => a.AccountId == accountId && a.Distributor!.Status == DistributorStatus.Active)
            .OrderBy(a => a.AssignedAt).ThenBy(a => a.DistributorId).Select(a => (int?)a.DistributorId)
            .FirstOrDefaultAsync(scope.CancellationToken);

    /// <summary>
    /// Who works a channel deal: the active distributor given, else the account's first serving active distributor.
    /// A direct deal (outside or inside) has none.
    /// </summary>
    public async Task<MutationError?> AssignAsync(MutationScope scope, Opportunity opportunity, string? distributorId)
    {
        if (distributorId == null)
        {
            opportunity.DistributorId = opportunity.Route == SalesRoute.Channel
                ? await ServingPartnerAsync(scope, opportunity.AccountId) : null;
            return null;
        }
        if (!GlobalId.TryParseKey(distributorId, "Distributor", out var key))
            return new InvalidIdError("distributorId", distributorId, "Distributor");
        var distributor = await scope.Db.Distributors.FirstOrDefaultAsync(d => d.Id == key, scope.CancellationToken);
        if (distributor == null) return new DistributorNotFoundError(distributorId);
        if (distributor.Status != DistributorStatus.Active) return new DistributorNotActiveError(distributor.Status);
        if (opportunity.Route != SalesRoute.Channel) return new ChannelRouteRequiredError(opportunity.Route);
        opportunity.DistributorId = distributor.Id;
        return null;
    }

    public Task DealsChangedAsync(MutationScope scope, int accountId) => ChannelConflicts.CheckAsync(scope, [accountId], []);
}
