using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Service;

public sealed class ServiceSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ServiceCaseEventType>>("serviceCaseChanged")
            .Description("Each change of a service case that `where` selects (the filter of `serviceCases`, checked when the change "
                + "arrives): opened, moved, escalated. Partners hear only of cases on accounts they serve.")
            .Argument<ServiceCaseFilterInput>("where", "Only these cases.")
            .ResolveStream(c => c.Events<ServiceCaseChanged>(ServiceCaseChanged.Topic)
                .WhereEntity<ServiceCaseChanged, ServiceCase>(c, e => e.CaseId, sc => sc.Account!.ArchivedAt == null));
}
