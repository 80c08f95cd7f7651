using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.Server.Accounts;
using GraphKam.Server.Data;
using GraphKam.Server.Funnel;
using GraphKam.Server.Identity;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed class DistributorMutations : IMutationFields
{
    private static readonly (string, string) ChangedDistributor = ("distributor", "The distributor as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        Type[] values = [typeof(RequiredValueErrorType), typeof(TooLongErrorType), typeof(InvalidCommissionRateErrorType), typeof(InvalidContractPeriodErrorType),
            typeof(TerritoryRequiredErrorType)];
        Type[] hierarchy = [typeof(InvalidIdErrorType), typeof(DistributorNotFoundErrorType), typeof(ParentRequiredErrorType), typeof(ParentNotAllowedErrorType),
            typeof(ParentNotFirstTierErrorType), typeof(DistributorCycleErrorType), typeof(HasSecondTierPartnersErrorType)];
        Type[] change = [typeof(InvalidIdErrorType), typeof(DistributorNotFoundErrorType), typeof(StaleVersionErrorType), typeof(DistributorTerminatedErrorType)];
        Type[] coverage = [typeof(InvalidIdErrorType), typeof(AccountNotFoundErrorType), typeof(AccountArchivedErrorType), typeof(DistributorNotFoundErrorType)];
        Type[] decision = [typeof(InvalidIdErrorType), typeof(RegistrationNotFoundErrorType), typeof(StaleVersionErrorType), typeof(RegistrationNotPendingErrorType)];

        mutation.AddMutation<CreateDistributorInputType, DistributorType>("createDistributor", "Adds a channel partner.", ChangedDistributor,
            [.. values, .. hierarchy], c => MutationScope.RunAsync<CreateDistributorInput>(c, DistributorEditing.CreateAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<UpdateDistributorInputType, DistributorType>("updateDistributor", "Changes a partner, if it still has the `version` you read.",
            ChangedDistributor, [.. change, .. values, .. hierarchy], c => MutationScope.RunAsync<UpdateDistributorInput>(c, DistributorEditing.UpdateAsync));
        mutation.AddMutation<SetDistributorStatusInputType, DistributorType>("setDistributorStatus",
            "Activates, suspends or terminates a partner; only active partners take accounts, deals and registrations.", ChangedDistributor,
            change, c => MutationScope.RunAsync<SetDistributorStatusInput>(c, DistributorEditing.SetStatusAsync))
            .RequireRoles(Roles.Managers);

        var assignment = ("assignment", "The assignment; null when nothing changed.");
        mutation.AddMutation<AssignDistributorInputType, DistributorAssignmentType>("assignDistributor",
            "Makes an active distributor serve an account (assigning it again changes nothing).", assignment,
            [.. coverage, typeof(DistributorNotActiveErrorType)], c => MutationScope.RunAsync<DistributorAccountInput>(c, DistributorCoverage.AssignAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<UnassignDistributorInputType, DistributorAssignmentType>("unassignDistributor",
            "Stops a distributor serving an account; its deals there stay.", ("assignment", "The assignment that ended; null when nothing changed."),
            [.. coverage, typeof(NotAssignedErrorType)], c => MutationScope.RunAsync<DistributorAccountInput>(c, DistributorCoverage.UnassignAsync))
            .RequireRoles(Roles.Managers);

        mutation.AddMutation<RecordScorecardInputType, ScorecardType>("recordScorecard",
            "Records a partner's quarterly scorecard; the overall score is computed with the configured weights.", ("scorecard", "The scorecard as saved."),
            [typeof(InvalidIdErrorType), typeof(DistributorNotFoundErrorType), typeof(InvalidQuarterErrorType), typeof(OutOfRangeErrorType)],
            c => MutationScope.RunAsync<RecordScorecardInput>(c, Scorecards.RecordAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<ResolveConflictInputType, ChannelConflictType>("resolveConflict", "Records how an open channel conflict was decided.",
            ("conflict", "The conflict as saved."),
            [typeof(InvalidIdErrorType), typeof(ConflictNotFoundErrorType), typeof(StaleVersionErrorType), typeof(ConflictNotOpenErrorType),
             typeof(RequiredValueErrorType), typeof(TooLongErrorType)],
            c => MutationScope.RunAsync<ResolveConflictInput>(c, ConflictResolution.ResolveAsync))
            .RequireRoles(Roles.Managers);

        var registration = ("dealRegistration", "The registration as saved.");
        mutation.AddMutation<RegisterDealInputType, DealRegistrationType>("registerDeal",
            "A partner registers a deal; duplicates inside the protection window, territory breaches and direct deals are flagged as conflicts.",
            registration,
            [typeof(InvalidIdErrorType), typeof(DistributorNotFoundErrorType), typeof(DistributorNotActiveErrorType), typeof(AccountNotFoundErrorType),
             typeof(AccountArchivedErrorType), typeof(AccountChoiceErrorType), typeof(OutOfRangeErrorType), typeof(RequiredValueErrorType), typeof(TooLongErrorType),
             typeof(CloseDateInPastErrorType), typeof(EmptyNameErrorType)],
            c => MutationScope.RunAsync<RegisterDealInput>(c, DealRegistrations.RegisterAsync));
        mutation.AddMutation<ApproveDealRegistrationInputType, DealRegistrationType>("approveDealRegistration",
            "Approves a pending registration: creates the CHANNEL opportunity and makes the partner serve the account.", registration,
            [.. decision, typeof(DistributorNotFoundErrorType), typeof(DistributorNotActiveErrorType), typeof(AccountNotFoundErrorType),
             typeof(AccountArchivedErrorType), typeof(OwnerNotFoundErrorType)],
            c => MutationScope.RunAsync<ApproveDealRegistrationInput>(c, DealRegistrations.ApproveAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<RejectDealRegistrationInputType, DealRegistrationType>("rejectDealRegistration",
            "Rejects a pending registration with a reason.", registration,
            [.. decision, typeof(RequiredValueErrorType), typeof(TooLongErrorType)],
            c => MutationScope.RunAsync<RejectDealRegistrationInput>(c, DealRegistrations.RejectAsync))
            .RequireRoles(Roles.Managers);
    }
}
