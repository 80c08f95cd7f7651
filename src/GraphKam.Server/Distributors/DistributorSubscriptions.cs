using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Distributors;

public sealed class DistributorSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<DealRegistrationEventType>>("dealRegistrationChanged")
            .Description("Each registration, approval and rejection of a deal registration.")
            .Argument<IdGraphType>("distributorId", "Only this partner's registrations; all when omitted.")
            .ResolveStream(c => c.Events<DealRegistrationChanged>(DealRegistrationChanged.Topic)
                .WhereIdArgument(c, "distributorId", "Distributor", e => e.DistributorId)
                .WhereEntity<DealRegistrationChanged, DealRegistration>(c, e => e.RegistrationId));
}

public sealed class RegistrationChangeKindType : EnumType<RegistrationChangeKind>;

public sealed class DealRegistrationEventType : ObjectType<DealRegistrationChanged>
{
    public DealRegistrationEventType()
    {
        Name = "DealRegistrationEvent";
        Description = "A change of a deal registration.";
        Field<NonNullGraphType<RegistrationChangeKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DealRegistrationType>>("dealRegistration").Description("The registration, as it is now.")
            .Resolve(c => c.LoadById<DealRegistration>(c.Source.RegistrationId));
    }
}
