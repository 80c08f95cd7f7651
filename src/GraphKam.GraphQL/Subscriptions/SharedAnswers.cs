using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// One execution of an event for every subscription with the same <see cref="AnswerKey"/>: the first to handle the
/// event runs it, the others wait and deliver the same result (which the transports then serialise once). A hundred
/// tabs of one signed-in dashboard cost one execution per event, not a hundred. Answers are kept per event object
/// and go when the event does.
/// </summary>
public static class SharedAnswers
{
    /// <summary>Where the executor leaves a subscription's answer key in the user context.</summary>
    public const string ContextKey = "graphkam.subscription.answer_key";

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, TaskCompletionSource<ExecutionResult?>>>
        Answers = new();

    /// <summary>
    /// The answer to <paramref name="value"/> for <paramref name="key"/>: run here by <paramref name="run"/>, or
    /// shared from the subscription running it at the time. A run that was cancelled (its subscriber left) is not shared: the
    /// next subscriber still waiting runs the event again for the others.
    /// </summary>
    public static async ValueTask<(ExecutionResult Result, bool Shared)> GetOrRunAsync(object value, string key,
        Func<ValueTask<ExecutionResult>> run, CancellationToken cancellationToken)
    {
        var answers = Answers.GetValue(value, _ => new(StringComparer.Ordinal));
        while (true)
        {
            var mine = new TaskCompletionSource<ExecutionResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var answer = answers.GetOrAdd(key, mine);
            if (answer == mine) return (await RunAsync(answers, key, mine, run, cancellationToken), false);
            if (await answer.Task.WaitAsync(cancellationToken) is { } shared) return (shared, true);
            answers.TryRemove(new KeyValuePair<string, TaskCompletionSource<ExecutionResult?>>(key, answer));
        }
    }

    private static async ValueTask<ExecutionResult> RunAsync(
        ConcurrentDictionary<string, TaskCompletionSource<ExecutionResult?>> answers, string key,
        TaskCompletionSource<ExecutionResult?> answer, Func<ValueTask<ExecutionResult>> run, CancellationToken cancellationToken)
    {
        ExecutionResult? result = null;
        try
        {
            result = await run();
            return result;
        }
        finally
        {
            // Cancelled, the result says "canceled" to this subscriber only; the others must not get that.
            answer.TrySetResult(cancellationToken.IsCancellationRequested ? null : result);
            // Shared only with those who asked while it ran: a subscription that handles the event later (a throttled
            // funnel sent a second on) must answer as of then, not with what was true when this run read it.
            answers.TryRemove(new KeyValuePair<string, TaskCompletionSource<ExecutionResult?>>(key, answer));
        }
    }
}
