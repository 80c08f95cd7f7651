using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Contracts;

/// <summary>
/// A contract under renewal follows its renewal deal: won, it is RENEWED; lost, it LAPSES; reopened, it is under
/// renewal again (<see cref="ContractRules.Follow"/>). The save is the system's, derived from a close the caller was
/// allowed to make (the deal's owner may close it without working the account), so the caller's write rules do not
/// hold it back. A partner's context does not see contracts, so a deal a partner closes moves none; renewal deals are
/// never routed to the channel (<see cref="RenewContract"/>), nor handed to it later (<see cref="CheckAsync"/>).
/// </summary>
public sealed class ContractRenewals : IDealOutcomeFollower, IDealRouteRule
{
    public IReadOnlyList<Type> Errors { get; } = [typeof(RenewalDealDirectError)];

    /// <summary>
    /// A renewal deal handed to a partner would tell it the contract's number, value and last day (the deal's name,
    /// amount and close date), and the partner's close would move no contract (its context sees none).
    /// </summary>
    public async Task<MutationError?> CheckAsync(MutationScope scope, Opportunity opportunity)
    {
        if (opportunity.Route != SalesRoute.Channel && opportunity.DistributorId == null) return null;
        var number = await scope.Db.Contracts.Where(c => c.RenewalOpportunityId == opportunity.Id).Select(c => c.Number)
            .FirstOrDefaultAsync(scope.CancellationToken);
        return number == null ? null : new RenewalDealDirectError(number);
    }

    public async Task FollowAsync(MutationScope scope, Opportunity opportunity)
    {
        var contract = await scope.Db.Contracts.AsTracking()
            .FirstOrDefaultAsync(c => c.RenewalOpportunityId == opportunity.Id, scope.CancellationToken);
        if (contract == null) return;
        var succeeded = await scope.Db.Contracts.AnyAsync(c => c.RenewalOfId == contract.Id, scope.CancellationToken);
        var state = ContractRules.Follow(contract.RenewalState, opportunity.Status, succeeded);
        if (state == contract.RenewalState) return;
        contract.RenewalState = state;
        contract.UpdatedAt = scope.Now;
        contract.Version++;
        await scope.Db.SaveDerivedAsync(() => scope.Db.SaveChangesAsync(scope.CancellationToken));
    }
}
