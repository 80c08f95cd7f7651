using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Accounts;
using GraphKam.Server.Common;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Health;

public sealed class HealthSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<AccountHealthEventType>>("healthChanged")
            .Description("Each account that changes health band (HEALTHY, WATCH, AT_RISK) among those `where` selects (the "
                + "filter of `accounts`, checked when the change arrives). Seen by the health watch within "
                + "`GraphKam:Health:SweepInterval`. Not for partners.")
            .Argument<AccountFilterInput>("where", "Only these accounts.")
            .RequireRoles(Roles.Internal)
            .ResolveStream(c => c.Events<AccountHealthChanged>(AccountHealthChanged.Topic)
                .WhereEntity<AccountHealthChanged, Account>(c, e => e.AccountId, a => a.ArchivedAt == null));
}
