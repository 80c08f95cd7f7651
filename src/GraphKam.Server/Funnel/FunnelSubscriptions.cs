using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Subscriptions;
using GraphKam.Server.Data;
using GraphQL.Types;

namespace GraphKam.Server.Funnel;

public sealed class FunnelSubscriptions(TimeProvider clock) : ISubscriptionFields
{
    /// <summary>A funnel subscriber gets at most one summary per second, however busy the sales floor is.</summary>
    public static readonly TimeSpan FunnelInterval = TimeSpan.FromSeconds(1);

    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<OpportunityEventType>>("opportunityChanged")
            .Description("Each change of an opportunity that `where` selects (the same filter as `opportunities`, checked when the change arrives).")
            .Argument<OpportunityFilterInput>("where", "Only these opportunities.")
            .ResolveStream(c => c.Events<OpportunityChanged>(OpportunityChanged.Topic)
                .WhereEntity(c, e => e.OpportunityId, FunnelReading.Active));

        subscription.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelStepType>>>>("funnelChanged")
            .Description("The funnel of the opportunities `where` selects, again after they change: at most one summary per second.")
            .Argument<OpportunityFilterInput>("where", "Only these opportunities.")
            .ResolveStream(c => c.Events<OpportunityChanged>(OpportunityChanged.Topic)
                // A change the caller cannot see is not a reason to send it a funnel (nor a hint that it happened).
                .WhereEntity<OpportunityChanged, Opportunity>(c, e => e.OpportunityId, applyWhere: false)
                .Throttle(c, FunnelInterval, clock))
            .ResolveAsync(async c => await c.ReadAsync(db => FunnelAnalytics.FunnelAsync(db, FunnelReading.Selected(c), clock.GetUtcNow().UtcDateTime, c.CancellationToken)));
    }
}

public sealed class OpportunityChangeKindType : EnumType<OpportunityChangeKind>;

public sealed class OpportunityEventType : ObjectType<OpportunityChanged>
{
    public OpportunityEventType()
    {
        Name = "OpportunityEvent";
        Description = "A change of an opportunity.";
        Field<NonNullGraphType<OpportunityChangeKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<OpportunityType>>("opportunity").Description("The opportunity, as it is now.").Resolve(c => c.LoadById<Opportunity>(c.Source.OpportunityId));
        Field<FunnelStageType>("previousStage").Description("The stage it left, for a stage change or a close.").Resolve(c => c.LoadById<FunnelStage>(c.Source.PreviousStageId));
    }
}
