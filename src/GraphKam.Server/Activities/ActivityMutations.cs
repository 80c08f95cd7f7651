using GraphKam.GraphQL.Mutations;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphKam.Server.Users;
using GraphQL.Types;

namespace GraphKam.Server.Activities;

public sealed class ActivityMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.AddMutation<LogActivityInputType, ActivityType>("logActivity",
            "Logs an activity with an account; the role plans of the people involved move on.", ("activity", "The activity as saved; null when nothing changed."),
            [typeof(InvalidIdError), typeof(AccountNotFoundError), typeof(AccountArchivedError), typeof(RequiredValueError),
             typeof(TooLongError), typeof(ActivityInFutureError), typeof(InvalidActivityContactError), typeof(OwnerNotFoundError),
             typeof(Funnel.OpportunityNotFoundError)],
            c => MutationScope.RunAsync<LogActivityInput>(c, LogActivity.HandleAsync))
            .RequireRoles(Roles.All);
}
