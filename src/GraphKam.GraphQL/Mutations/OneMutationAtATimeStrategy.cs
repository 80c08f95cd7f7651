using GraphKam.GraphQL.Loading;
using GraphQL.Execution;
using GraphQL.Types;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphKam.GraphQL.Mutations;

/// <summary>
/// Runs a mutation document one root field at a time, each with its whole payload (loads by key included) before the
/// next field starts, as the GraphQL spec and HotChocolate do. GraphQL.NET's serial strategy walks the whole operation
/// as one tree and leaves every DataLoader node until the rest is done, so a payload's <c>owner</c> or <c>account</c>
/// would show what a later mutation of the same document wrote. Each root field also gets loaders of its own: a row
/// read for the first payload must not be served, cached, to the second after the second mutation changed it.
/// </summary>
/// <remarks>
/// A root field that fails outright (a refusal at save time: a row the caller may not change) nulls its non-null
/// payload and with it the whole <c>data</c>. The mutations after it are then not run: nothing could tell the client
/// what they changed.
/// </remarks>
public sealed class OneMutationAtATimeStrategy : SerialExecutionStrategy
{
    public override async Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode)
    {
        if (rootNode is not RootExecutionNode root)
        {
            await base.ExecuteNodeTreeAsync(context, rootNode);
            return;
        }
        var fields = new List<ExecutionNode>();
        root.ApplyToChildren(static (field, list) => list.Add(field), fields);
        foreach (var field in fields)
        {
            context.UserContext[DataLoaderScope.ContextKey] = new DataLoaderScope();
            await base.ExecuteNodeTreeAsync(context, field);
            if (field.FieldDefinition.ResolvedType is NonNullGraphType && field.ToValue() == null) return;
        }
    }
}
