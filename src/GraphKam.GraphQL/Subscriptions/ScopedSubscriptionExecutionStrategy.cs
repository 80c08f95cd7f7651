using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Security;
using GraphKam.GraphQL.Telemetry;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// Resolves each subscription event with loaders of its own, shared by every subscriber of that event: data is
/// read fresh for each event (nothing cached from earlier ones, no cache growing over a long subscription), and a
/// thousand subscribers asking for the same opportunity cause one query, not a thousand (one per data scope).
/// Subscriptions whose answers are bound to be the same share one execution (<see cref="SharedAnswers"/>). Each event
/// delivered to a subscription is a <c>graphql.subscription.event</c> span, child of the span of the operation that
/// subscribed; <c>graphkam.subscription.shared</c> says whether it got another subscription's answer.
/// </summary>
public sealed class ScopedSubscriptionExecutionStrategy : SubscriptionExecutionStrategy
{
    // Keyed by the event object itself (the bus hands the same instance to every local subscriber, and the loaders go
    // when the event does), then by the data scope: only subscribers who may see the same rows share what was read.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, DataLoaderScope>> EventLoaders = new();

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        if (value == null) return await base.ProcessDataAsync(context, node, value);
        using var activity = GraphQLTelemetry.Source.StartActivity("graphql.subscription.event", ActivityKind.Internal,
            context.UserContext.TryGetValue(OperationTelemetry.ContextKey, out var operation) && operation is ActivityContext
                subscribed ? subscribed : default);
        activity?.SetTag("graphql.subscription.field", node.Field?.Name.StringValue);
        activity?.SetTag("graphql.subscription.event_type", value.GetType().Name);
        if (!context.UserContext.TryGetValue(SharedAnswers.ContextKey, out var key) || key is not string answerKey)
            return await RunAsync(context, node, value);
        // A subscription given another's answer does nothing else for the event: no scope, no loaders, no execution.
        var (result, shared) = await SharedAnswers.GetOrRunAsync(value, answerKey, LateEvents.DueSince(context.UserContext, value),
            (Strategy: this, Context: context, Node: node, Value: value),
            static run => run.Strategy.RunAsync(run.Context, run.Node, run.Value), context.CancellationToken);
        activity?.SetTag("graphkam.subscription.shared", shared);
        return result;
    }

    private async ValueTask<ExecutionResult> RunAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object value)
    {
        var previous = context.UserContext.TryGetValue(DataLoaderScope.ContextKey, out var before) ? before : null;
        var scopeKey = context.RequestServices?.GetService<IDataScope>()?.Key ?? "";
        context.UserContext[DataLoaderScope.ContextKey] = EventLoaders.GetValue(value, _ => new())
            .GetOrAdd(scopeKey, _ => new DataLoaderScope());
        try
        {
            return await base.ProcessDataAsync(context, node, value);
        }
        finally
        {
            if (previous == null) context.UserContext.Remove(DataLoaderScope.ContextKey);
            else context.UserContext[DataLoaderScope.ContextKey] = previous;
        }
    }
}
