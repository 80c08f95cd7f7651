using GraphKam.GraphQL.Relay;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphKam.Server.Plans;

public sealed class PlanSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<AccountPlanEventType>>("accountPlanChanged")
            .Description("Each change of the account's plans (any year): created, edited, moved, reviewed. "
                + "Not for partners.")
            .Argument<NonNullGraphType<IdGraphType>>("accountId", "The account.")
            .RequireRoles(Roles.Internal)
            .ResolveStream(c =>
            {
                var account = GlobalId.ParseKey(c.GetArgument<string>("accountId"), "Account");
                return c.Events<AccountPlanChanged>(AccountPlanChanged.Topic).Where(e => e.AccountId == account)
                    .WhereEntity<AccountPlanChanged, AccountPlan>(c, e => e.PlanId);
            });
}
