using GraphKam.GraphQL.Schema;
using GraphKam.GraphQL.Telemetry;
using GraphQL.Types;

namespace GraphKam.Server.Operations;

public sealed class ServerActivityType : ObjectType<ServerActivity>
{
    public ServerActivityType()
    {
        Name = "ServerActivity";
        Description = "The server's recent activity, from its own metrics (the last hour; since start-up if shorter).";
        Field<NonNullGraphType<FloatGraphType>>("operationsPerMinute")
            .Description($"Operations per minute over the last {ServerActivity.RateMinutes} minutes, idle ones counting.")
            .Resolve(c => c.Source.OperationsPerMinute);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MinuteActivityType>>>>("minutes")
            .Description("Each minute that had operations, oldest first.").Resolve(c => c.Source.Minutes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperationTimingType>>>>("slowestOperations")
            .Description($"The {ServerActivity.SlowestShown} operations with the longest single run, slowest first.")
            .Resolve(c => c.Source.Slowest);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErrorCountType>>>>("errors")
            .Description("Errors reported to clients, by code, most frequent first.").Resolve(c => c.Source.Errors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicSubscriptionsType>>>>("subscriptions")
            .Description("Subscriptions listening now, by topic.").Resolve(c => c.Source.Subscriptions);
        Field<NonNullGraphType<IntGraphType>>("openWebSockets").Description("WebSocket connections open now.")
            .Resolve(c => (int)c.Source.OpenWebSockets);
    }
}

public sealed class MinuteActivityType : ObjectType<MinuteActivity>
{
    public MinuteActivityType()
    {
        Name = "MinuteActivity";
        Description = "One minute's GraphQL operations and errors.";
        Field<NonNullGraphType<DateTimeGraphType>>("minute").Description("The minute's start.")
            .Resolve(c => c.Source.Minute.UtcDateTime);
        Field<NonNullGraphType<IntGraphType>>("operations").Description("Operations run.")
            .Resolve(c => (int)c.Source.Operations);
        Field<NonNullGraphType<IntGraphType>>("errors").Description("Errors reported.").Resolve(c => (int)c.Source.Errors);
    }
}

public sealed class OperationTimingType : ObjectType<OperationTiming>
{
    public OperationTimingType()
    {
        Name = "OperationTiming";
        Description = "The runs of one named operation.";
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The operation's name (`(anonymous)` without one, `(other)` beyond the names tracked).")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("type").Description("query, mutation or subscription.")
            .Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many ran.").Resolve(c => (int)c.Source.Count);
        Field<NonNullGraphType<FloatGraphType>>("averageMilliseconds").Description("Their mean duration.")
            .Resolve(c => c.Source.Count == 0 ? 0 : c.Source.TotalSeconds * 1000 / c.Source.Count);
        Field<NonNullGraphType<FloatGraphType>>("maxMilliseconds").Description("The longest run.")
            .Resolve(c => c.Source.MaxSeconds * 1000);
    }
}

public sealed class ErrorCountType : ObjectType<ErrorCount>
{
    public ErrorCountType()
    {
        Name = "ErrorCount";
        Description = "How often an error code was reported.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The error's `extensions.code`.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many times.").Resolve(c => (int)c.Source.Count);
    }
}

public sealed class TopicSubscriptionsType : ObjectType<TopicSubscriptions>
{
    public TopicSubscriptionsType()
    {
        Name = "TopicSubscriptions";
        Description = "The subscriptions listening on one topic.";
        Field<NonNullGraphType<StringGraphType>>("topic").Description("The topic's name.").Resolve(c => c.Source.Topic);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Subscriptions listening now.")
            .Resolve(c => (int)c.Source.Count);
    }
}
