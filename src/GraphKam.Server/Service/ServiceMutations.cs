using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Service;

public sealed class ServiceMutations : IMutationFields
{
    private static readonly (string, string) ChangedCase = ("serviceCase", "The case as saved; null when nothing changed.");

    public void AddTo(ObjectGraphType mutation)
    {
        Type[] step = [typeof(InvalidIdError), typeof(ServiceCaseNotFoundError), typeof(StaleVersionError),
            typeof(IllegalCaseTransitionError), typeof(TooLongError)];
        mutation.AddMutation<OpenServiceCaseInputType, ServiceCaseType>("openServiceCase",
            "Opens a service case with the deadlines of the account's tier (default policy) as of now.", ChangedCase,
            [typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(RequiredValueError),
             typeof(TooLongError), typeof(InvalidCaseContactError), typeof(OwnerNotFoundError), typeof(OwnerNotStaffError),
             typeof(NoServiceStandardError)],
            c => MutationScope.RunAsync<OpenServiceCaseInput>(c, OpenServiceCase.HandleAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<AcknowledgeServiceCaseInputType, ServiceCaseType>("acknowledgeServiceCase",
            "Answers an open or reopened case (its first answer stops the response clock).", ChangedCase, step,
            c => MutationScope.RunAsync<ServiceCaseStepInput>(c, ServiceCaseSteps.AcknowledgeAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<ResolveServiceCaseInputType, ServiceCaseType>("resolveServiceCase",
            "Resolves an open, acknowledged or reopened case.", ChangedCase, [.. step, typeof(RequiredValueError)],
            c => MutationScope.RunAsync<ServiceCaseStepInput>(c, ServiceCaseSteps.ResolveAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<CloseServiceCaseInputType, ServiceCaseType>("closeServiceCase",
            "Closes a resolved case.", ChangedCase, step,
            c => MutationScope.RunAsync<ServiceCaseStepInput>(c, ServiceCaseSteps.CloseAsync))
            .RequireRoles(Roles.All);
        mutation.AddMutation<ReopenServiceCaseInputType, ServiceCaseType>("reopenServiceCase",
            "Reopens a resolved or closed case; its original resolution deadline applies again.", ChangedCase,
            [.. step, typeof(RequiredValueError)],
            c => MutationScope.RunAsync<ServiceCaseStepInput>(c, ServiceCaseSteps.ReopenAsync))
            .RequireRoles(Roles.All);
    }
}
