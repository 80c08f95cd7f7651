using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Relay;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphKam.Server.Contracts;

/// <summary>
/// <c>renewContract</c>: opens the renewal deal through <c>createOpportunity</c>'s own code (same checks, routing rule,
/// history and events) — for the account's owner, at the contract's value, closing on its last day, in the first open
/// stage, named "Renewal: number" — and puts the contract under renewal. A contract is the company's own record, so
/// its renewal is routed as a direct deal (outside or inside sales by amount), never to a partner, whom the deal's name
/// would tell of the contract.
/// </summary>
public static class RenewContract
{
    public static IReadOnlyList<Type> Errors(IDealChannel channel) =>
    [
        typeof(InvalidIdError), typeof(ContractNotFoundError), typeof(ContractNotRenewableError), typeof(StaleVersionError),
        typeof(NoOpenStageError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(StageNotFoundError),
        typeof(ClosingStageError), typeof(RequiredValueError), typeof(TooLongError), typeof(OutOfRangeError),
        typeof(InvalidCurrencyError), typeof(OwnerNotFoundError), typeof(OwnerNotStaffError), .. channel.Errors,
    ];

    public static async Task<Payload> HandleAsync(RenewContractInput input, MutationScope scope, DealRouting routing)
    {
        var (contract, missing) = await scope.FindForChangeAsync<Contract>(input.ContractId, "Contract", "contractId",
            id => new ContractNotFoundError(id));
        if (contract == null) return Payload.Failure(missing!);
        if (contract.RenewalState != ContractRenewalState.Active) return Payload.Failure(new ContractNotRenewableError(contract.RenewalState));
        var stage = await scope.Db.FunnelStages.Where(s => !s.IsClosed).OrderBy(s => s.Order).Select(s => s.Key)
            .FirstOrDefaultAsync(scope.CancellationToken);
        if (stage == null) return Payload.Failure(new NoOpenStageError());

        var route = FunnelRules.Route(contract.Value, routing.LargeDealThreshold, servedByChannel: false);
        var deal = new CreateOpportunityInput(GlobalId.Encode("Account", contract.AccountId), $"Renewal: {contract.Number}",
            contract.Value, "CNY", contract.EndsOn, stage, Probability: null, OwnerId: null, route, ContactRoles: []);
        var created = await OpportunityEditing.CreateAsync(deal, scope, routing);
        if (created.Errors.Count > 0) return created;

        contract.RenewalOpportunityId = ((Opportunity)created.Value!).Id;
        contract.RenewalState = ContractRenewalState.RenewalInProgress;
        contract.UpdatedAt = scope.Now;
        return (await scope.SaveNextVersionAsync(contract, contract.Version)).WithWarnings(created.Warnings);
    }
}
