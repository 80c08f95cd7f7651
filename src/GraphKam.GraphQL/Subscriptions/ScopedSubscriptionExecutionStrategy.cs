using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// Resolves each subscription event in a DI scope of its own: its loaders start empty (no data cached from earlier
/// events, no memory growing over a long subscription) and its database contexts end with the event.
/// </summary>
public sealed class ScopedSubscriptionExecutionStrategy : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        var scopes = (context.RequestServices ?? throw new InvalidOperationException("Subscriptions need RequestServices."))
            .GetRequiredService<IServiceScopeFactory>();
        await using var scope = scopes.CreateAsyncScope();
        var original = context.RequestServices;
        context.RequestServices = scope.ServiceProvider;
        try
        {
            return await base.ProcessDataAsync(context, node, value);
        }
        finally
        {
            context.RequestServices = original;
        }
    }
}
