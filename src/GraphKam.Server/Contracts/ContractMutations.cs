using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.Tiers;
using GraphQL.Types;

namespace GraphKam.Server.Contracts;

public sealed class ContractMutations(IDealChannel channel) : IMutationFields
{
    private static readonly (string, string) Changed = ("contract", "The contract as saved; null when nothing changed.");

    // Staff may call them; the row's write rule then allows the account's owner, its active team and managers.
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateContractInputType, ContractType>("createContract",
            "Records a contract an account signed (with the contract it renews, if any, which becomes RENEWED).", Changed,
            CreateContract.Errors, c => MutationScope.RunAsync<CreateContractInput>(c, CreateContract.HandleAsync))
            .RequireRoles(Roles.Internal);
        mutation.AddMutation<UpdateContractInputType, ContractType>("updateContract",
            "Changes a contract, if it still has the `version` you read.", Changed,
            UpdateContract.Errors, c => MutationScope.RunAsync<UpdateContractInput>(c, UpdateContract.HandleAsync))
            .RequireRoles(Roles.Internal);
        mutation.AddMutation<RenewContractInputType, ContractType>("renewContract",
            "Opens the renewal deal of an ACTIVE contract in the funnel (as `createOpportunity` would) and puts the contract "
            + "under renewal; winning the deal renews it, losing it lets it lapse.", Changed,
            RenewContract.Errors(channel), c => MutationScope.RunAsync<RenewContractInput, DealRouting>(c, RenewContract.HandleAsync),
            CreditLineWarnings.Types)
            .RequireRoles(Roles.Internal);
    }
}
