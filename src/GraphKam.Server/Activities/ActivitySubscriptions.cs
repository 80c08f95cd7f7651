using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Activities;

public sealed class ActivitySubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ActivityType>>("activityLogged")
            .Description("Each activity logged (visit, call, meeting …).")
            .Argument<IdGraphType>("accountId", "Only this account's activities; all when omitted.")
            .ResolveStream(c =>
            {
                var events = c.Services().GetRequiredService<ITopicBus>().Subscribe<ActivityLogged>(ActivityLogged.Topic);
                if (c.GetArgument<string?>("accountId") is not { } id) return events;
                var key = GlobalId.ParseKey(id, "Account");
                return events.Where(e => e.AccountId == key);
            })
            .Resolve(c => c.LoadById<Activity>(((ActivityLogged)c.Source!).ActivityId));
}
