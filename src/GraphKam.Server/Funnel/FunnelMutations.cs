using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Identity;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed class FunnelMutations : IMutationFields
{
    private static readonly (string, string) ChangedOpportunity = ("opportunity", "The opportunity as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        Type[] values = [typeof(RequiredValueErrorType), typeof(TooLongErrorType), typeof(OutOfRangeErrorType), typeof(InvalidCurrencyErrorType)];
        Type[] references = [typeof(InvalidIdErrorType), typeof(OwnerNotFoundErrorType), typeof(InvalidOpportunityContactErrorType)];
        Type[] change = [typeof(OpportunityNotFoundErrorType), typeof(StaleVersionErrorType)];

        mutation.AddMutation<CreateOpportunityInputType, OpportunityType>("createOpportunity",
            "Creates a deal, routed to outside, inside or channel sales by the routing rule unless `route` is given.", ChangedOpportunity,
            [.. values, .. references, typeof(AccountNotFoundErrorType), typeof(AccountArchivedErrorType), typeof(StageNotFoundErrorType), typeof(ClosingStageErrorType)],
            c => MutationScope.RunAsync<CreateOpportunityInput>(c, OpportunityEditing.CreateAsync));
        mutation.AddMutation<UpdateOpportunityInputType, OpportunityType>("updateOpportunity",
            "Changes an open deal, if it still has the `version` you read.", ChangedOpportunity,
            [.. values, .. references, .. change, typeof(OpportunityClosedErrorType)],
            c => MutationScope.RunAsync<UpdateOpportunityInput>(c, OpportunityEditing.UpdateAsync));
        mutation.AddMutation<MoveOpportunityStageInputType, OpportunityType>("moveOpportunityStage",
            "Moves an open deal to another open stage and records the move.", ChangedOpportunity,
            [typeof(InvalidIdErrorType), .. change, typeof(OpportunityClosedErrorType), typeof(StageNotFoundErrorType), typeof(ClosingStageErrorType)],
            c => MutationScope.RunAsync<MoveOpportunityStageInput>(c, StageMoves.MoveAsync));
        mutation.AddMutation<CloseOpportunityInputType, OpportunityType>("closeOpportunity",
            "Closes a deal as won or lost (a loss needs a reason) and records it.", ChangedOpportunity,
            [typeof(InvalidIdErrorType), .. change, typeof(OpportunityClosedErrorType), typeof(LossReasonRequiredErrorType)],
            c => MutationScope.RunAsync<CloseOpportunityInput>(c, StageMoves.CloseAsync));
        mutation.AddMutation<ReopenOpportunityInputType, OpportunityType>("reopenOpportunity",
            "Reopens a won or lost deal and records it.", ChangedOpportunity,
            [typeof(InvalidIdErrorType), .. change, typeof(OpportunityNotClosedErrorType), typeof(StageNotFoundErrorType), typeof(ClosingStageErrorType)],
            c => MutationScope.RunAsync<ReopenOpportunityInput>(c, StageMoves.ReopenAsync));
        mutation.AddMutation<SetSalesTargetInputType, SalesTargetType>("setSalesTarget",
            "Sets what an owner, a region or the company should sell in a period.", ("salesTarget", "The target as saved; null when nothing changed."),
            [typeof(InvalidPeriodErrorType), typeof(OutOfRangeErrorType), typeof(TooLongErrorType), typeof(InvalidIdErrorType), typeof(OwnerNotFoundErrorType)],
            c => MutationScope.RunAsync<SetSalesTargetInput>(c, SalesTargets.SetAsync))
            .RequireRoles(Roles.Managers);
    }
}
