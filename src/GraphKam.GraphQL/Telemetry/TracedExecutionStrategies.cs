using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>
/// Wraps the strategy GraphQL.NET picks so that executing an operation (resolvers, DataLoader batches, SQL) happens
/// inside a <c>graphql.execute</c> span, child of the operation's.
/// </summary>
public sealed class TracedExecutionStrategySelector(IExecutionStrategySelector inner) : IExecutionStrategySelector
{
    public IExecutionStrategy Select(ExecutionContext context) => new TracedStrategy(inner.Select(context));

    private sealed class TracedStrategy(IExecutionStrategy inner) : IExecutionStrategy
    {
        public async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
        {
            using var activity = GraphQLTelemetry.Source.StartActivity("graphql.execute");
            return await inner.ExecuteAsync(context);
        }

        public Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode) =>
            inner.ExecuteNodeTreeAsync(context, rootNode);

        public Dictionary<string, (GraphQLField field, FieldType fieldType)>? GetSubFields(ExecutionContext context,
            ExecutionNode executionNode) => inner.GetSubFields(context, executionNode);
    }
}
