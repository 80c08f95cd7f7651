using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphKam.Server.Distributors;

public sealed class DistributorMutations : IMutationFields
{
    private static readonly (string, string) ChangedDistributor = ("distributor", "The distributor as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        Type[] values = [typeof(RequiredValueError), typeof(TooLongError), typeof(InvalidCommissionRateError), typeof(InvalidContractPeriodError),
            typeof(TerritoryRequiredError), typeof(InvalidEmailError)];
        Type[] hierarchy = [typeof(InvalidIdError), typeof(DistributorNotFoundError), typeof(ParentRequiredError), typeof(ParentNotAllowedError),
            typeof(ParentNotFirstTierError), typeof(DistributorCycleError), typeof(HasSecondTierPartnersError)];
        Type[] change = [typeof(InvalidIdError), typeof(DistributorNotFoundError), typeof(StaleVersionError), typeof(DistributorTerminatedError)];
        Type[] coverage = [typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(DistributorNotFoundError)];
        Type[] decision = [typeof(InvalidIdError), typeof(RegistrationNotFoundError), typeof(StaleVersionError), typeof(RegistrationNotPendingError)];

        mutation.AddMutation<CreateDistributorInputType, DistributorType>("createDistributor", "Adds a channel partner.", ChangedDistributor,
            [.. values, .. hierarchy], c => MutationScope.RunAsync<CreateDistributorInput>(c, DistributorEditing.CreateAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<UpdateDistributorInputType, DistributorType>("updateDistributor",
            "Changes a partner, if it still has the `version` you read. A partner may change only its own contact details.",
            ChangedDistributor, [.. change, .. values, .. hierarchy], c => MutationScope.RunAsync<UpdateDistributorInput>(c, DistributorEditing.UpdateAsync))
            .RequireRoles(Roles.ManagersAndPartners);
        mutation.AddMutation<SetDistributorStatusInputType, DistributorType>("setDistributorStatus",
            "Activates, suspends or terminates a partner; only active partners take accounts, deals and registrations.", ChangedDistributor,
            change, c => MutationScope.RunAsync<SetDistributorStatusInput>(c, DistributorEditing.SetStatusAsync))
            .RequireRoles(Roles.Managers);

        var assignment = ("assignment", "The assignment; null when nothing changed.");
        mutation.AddMutation<AssignDistributorInputType, DistributorAssignmentType>("assignDistributor",
            "Makes an active distributor serve an account (assigning it again changes nothing).", assignment,
            [.. coverage, typeof(DistributorNotActiveError)], c => MutationScope.RunAsync<DistributorAccountInput>(c, DistributorCoverage.AssignAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<UnassignDistributorInputType, DistributorAssignmentType>("unassignDistributor",
            "Stops a distributor serving an account; its deals there stay.", ("assignment", "The assignment that ended; null when nothing changed."),
            [.. coverage, typeof(NotAssignedError)], c => MutationScope.RunAsync<DistributorAccountInput>(c, DistributorCoverage.UnassignAsync))
            .RequireRoles(Roles.Managers);

        mutation.AddMutation<RecordScorecardInputType, ScorecardType>("recordScorecard",
            "Records a partner's quarterly scorecard; the overall score is computed with the configured weights.", ("scorecard", "The scorecard as saved."),
            [typeof(InvalidIdError), typeof(DistributorNotFoundError), typeof(InvalidQuarterError), typeof(OutOfRangeError)],
            c => MutationScope.RunAsync<RecordScorecardInput, IOptions<ChannelOptions>>(c, Scorecards.RecordAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<ResolveConflictInputType, ChannelConflictType>("resolveConflict", "Records how an open channel conflict was decided.",
            ("conflict", "The conflict as saved."),
            [typeof(InvalidIdError), typeof(ConflictNotFoundError), typeof(StaleVersionError), typeof(ConflictNotOpenError),
             typeof(RequiredValueError), typeof(TooLongError)],
            c => MutationScope.RunAsync<ResolveConflictInput>(c, ConflictResolution.ResolveAsync))
            .RequireRoles(Roles.Managers);

        var registration = ("dealRegistration", "The registration as saved.");
        mutation.AddMutation<RegisterDealInputType, DealRegistrationType>("registerDeal",
            "A partner registers a deal; duplicates inside the protection window, territory breaches and direct deals are flagged as conflicts.",
            registration,
            [typeof(InvalidIdError), typeof(DistributorNotFoundError), typeof(DistributorNotActiveError), typeof(AccountNotFoundError),
             typeof(AccountArchivedError), typeof(AccountChoiceError), typeof(OutOfRangeError), typeof(RequiredValueError), typeof(TooLongError),
             typeof(CloseDateInPastError), typeof(EmptyNameError)],
            c => MutationScope.RunAsync<RegisterDealInput, RegistrationServices>(c, DealRegistrations.RegisterAsync))
            .RequireRoles(Roles.ManagersAndPartners);
        mutation.AddMutation<ApproveDealRegistrationInputType, DealRegistrationType>("approveDealRegistration",
            "Approves a pending registration: creates the CHANNEL opportunity and makes the partner serve the account.", registration,
            [.. decision, typeof(DistributorNotFoundError), typeof(DistributorNotActiveError), typeof(AccountNotFoundError),
             typeof(AccountArchivedError), typeof(OwnerNotFoundError), typeof(OwnerNotStaffError)],
            c => MutationScope.RunAsync<ApproveDealRegistrationInput, RegistrationServices>(c, DealRegistrations.ApproveAsync))
            .RequireRoles(Roles.Managers);
        mutation.AddMutation<RejectDealRegistrationInputType, DealRegistrationType>("rejectDealRegistration",
            "Rejects a pending registration with a reason.", registration,
            [.. decision, typeof(RequiredValueError), typeof(TooLongError)],
            c => MutationScope.RunAsync<RejectDealRegistrationInput>(c, DealRegistrations.RejectAsync))
            .RequireRoles(Roles.Managers);
    }
}
