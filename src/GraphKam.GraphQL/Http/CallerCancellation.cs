using GraphQL;

namespace GraphKam.GraphQL.Http;

/// <summary>
/// Tells a caller that went away (a closed connection, socket or stream, an ended subscription) from an execution
/// that ran out of time: whatever fails after the caller has gone failed because its work was cancelled, which is
/// worth a line at Information, not an error with a stack trace.
/// </summary>
public static class CallerCancellation
{
    private const string ContextKey = "GraphKam.CallerCancellation";

    /// <summary>Remembers the caller's own token (not the one the execution timeout also cancels).</summary>
    public static void Remember(ExecutionOptions execution, CancellationToken caller) =>
        execution.UserContext[ContextKey] = caller;

    /// <param name="field">The failed field's context: in a subscription its token ends with the subscriber.</param>
    public static bool CallerGone(ExecutionOptions execution, IResolveFieldContext? field) =>
        (execution.UserContext.TryGetValue(ContextKey, out var caller)
            && caller is CancellationToken { IsCancellationRequested: true })
        || (field?.CancellationToken.IsCancellationRequested == true
            && !execution.CancellationToken.IsCancellationRequested);
}
