using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Activities;

public sealed class ActivitySubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ActivityType>>("activityLogged")
            .Description("Each activity logged (visit, call, meeting …).")
            .Argument<IdGraphType>("accountId", "Only this account's activities; all when omitted.")
            .ResolveStream(c => c.Events<ActivityLogged>(ActivityLogged.Topic).WhereIdArgument(c, "accountId", "Account", e => e.AccountId)
                .WhereEntity<ActivityLogged, Activity>(c, e => e.ActivityId))
            .Resolve(c => c.LoadById<Activity>(((ActivityLogged)c.Source!).ActivityId));
}
