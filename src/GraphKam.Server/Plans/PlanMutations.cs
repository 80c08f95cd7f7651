using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Plans;

/// <summary>
/// The plan mutations: the company's staff only; the write rules then keep staff to their own accounts' plans.
/// </summary>
public sealed class PlanMutations : IMutationFields
{
    private static readonly (string, string) ChangedPlan =
        ("accountPlan", "The plan as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateAccountPlanInputType, AccountPlanType>("createAccountPlan",
            "Creates an account's plan for a year, in DRAFT.", ChangedPlan, CreateAccountPlan.Errors,
            c => MutationScope.RunAsync<CreateAccountPlanInput>(c, CreateAccountPlan.HandleAsync))
            .RequireRoles(Roles.Internal);
        mutation.AddMutation<UpdateAccountPlanInputType, AccountPlanType>("updateAccountPlan",
            "Changes a plan's content (its summary and lists) unless it is closed.", ChangedPlan,
            UpdateAccountPlan.Errors,
            c => MutationScope.RunAsync<UpdateAccountPlanInput>(c, UpdateAccountPlan.HandleAsync))
            .RequireRoles(Roles.Internal);
        mutation.AddMutation<ChangeAccountPlanStatusInputType, AccountPlanType>("changeAccountPlanStatus",
            "Activates a draft plan or closes a plan in force.", ChangedPlan, ChangeAccountPlanStatus.Errors,
            c => MutationScope.RunAsync<ChangeAccountPlanStatusInput>(c, ChangeAccountPlanStatus.HandleAsync))
            .RequireRoles(Roles.Internal);
        mutation.AddMutation<RecordPlanReviewInputType, AccountPlanType>("recordPlanReview",
            "Records a review of a plan in force; the plan becomes REVIEWED and its review clock restarts.",
            ChangedPlan, RecordPlanReview.Errors,
            c => MutationScope.RunAsync<RecordPlanReviewInput>(c, RecordPlanReview.HandleAsync))
            .RequireRoles(Roles.Internal);
    }
}
