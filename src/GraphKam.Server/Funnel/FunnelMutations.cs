using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Tiers;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed class FunnelMutations(IDealChannel channel, IEnumerable<IDealRouteRule> routeRules) : IMutationFields
{
    private static readonly (string, string) ChangedOpportunity = ("opportunity", "The opportunity as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        Type[] values = [typeof(RequiredValueError), typeof(TooLongError), typeof(OutOfRangeError), typeof(InvalidCurrencyError)];
        Type[] references = [typeof(InvalidIdError), typeof(OwnerNotFoundError), typeof(OwnerNotStaffError), typeof(InvalidOpportunityContactError)];
        Type[] change = [typeof(OpportunityNotFoundError), typeof(StaleVersionError)];

        mutation.AddMutation<CreateOpportunityInputType, OpportunityType>("createOpportunity",
            "Creates a deal, routed to outside, inside or channel sales by the routing rule unless `route` is given.", ChangedOpportunity,
            [.. values, .. references, typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(StageNotFoundError), typeof(ClosingStageError),
             .. channel.Errors],
            c => MutationScope.RunAsync<CreateOpportunityInput, DealRouting>(c, OpportunityEditing.CreateAsync), CreditLineWarnings.Types)
            .RequireRoles(Roles.All);
        mutation.AddMutation<UpdateOpportunityInputType, OpportunityType>("updateOpportunity",
            "Changes an open deal, if it still has the `version` you read.", ChangedOpportunity,
            [.. values, .. references, .. change, typeof(OpportunityClosedError), typeof(SplitsNeedOwnerError), .. channel.Errors,
             .. routeRules.SelectMany(r => r.Errors)],
            c => MutationScope.RunAsync<UpdateOpportunityInput, DealRouting>(c, OpportunityEditing.UpdateAsync), CreditLineWarnings.Types)
            .RequireRoles(Roles.All);
        mutation.AddMutation<MoveOpportunityStageInputType, OpportunityType>("moveOpportunityStage",
            "Moves an open deal to another open stage and records the move.", ChangedOpportunity,
            [typeof(InvalidIdError), .. change, typeof(OpportunityClosedError), typeof(StageNotFoundError), typeof(ClosingStageError)],
            c => MutationScope.RunAsync<MoveOpportunityStageInput>(c, StageMoves.MoveAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<CloseOpportunityInputType, OpportunityType>("closeOpportunity",
            "Closes a deal as won or lost (a loss needs a reason) and records it.", ChangedOpportunity,
            [typeof(InvalidIdError), .. change, typeof(OpportunityClosedError), typeof(LossReasonRequiredError)],
            c => MutationScope.RunAsync<CloseOpportunityInput, DealRouting>(c, StageMoves.CloseAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<ReopenOpportunityInputType, OpportunityType>("reopenOpportunity",
            "Reopens a won or lost deal and records it.", ChangedOpportunity,
            [typeof(InvalidIdError), .. change, typeof(OpportunityNotClosedError), typeof(StageNotFoundError), typeof(ClosingStageError)],
            c => MutationScope.RunAsync<ReopenOpportunityInput, DealRouting>(c, StageMoves.ReopenAsync), CreditLineWarnings.Types)
            .RequireRoles(Roles.All);
        mutation.AddMutation<SetOpportunitySplitsInputType, OpportunityType>("setOpportunitySplits",
            "Replaces an open deal's splits of one type (revenue or overlay credit among the company's people).", ChangedOpportunity,
            SetOpportunitySplits.Errors, c => MutationScope.RunAsync<SetOpportunitySplitsInput>(c, SetOpportunitySplits.HandleAsync))
            .RequireRoles(Roles.Internal);
        mutation.AddMutation<SetSalesTargetInputType, SalesTargetType>("setSalesTarget",
            "Sets what an owner, a region or the company should sell in a period.", ("salesTarget", "The target as saved; null when nothing changed."),
            [typeof(InvalidPeriodError), typeof(OutOfRangeError), typeof(TooLongError), typeof(InvalidIdError), typeof(OwnerNotFoundError),
             typeof(OwnerNotStaffError), typeof(TargetScopeError)],
            c => MutationScope.RunAsync<SetSalesTargetInput>(c, SalesTargets.SetAsync))
            .RequireRoles(Roles.Managers);
    }
}
