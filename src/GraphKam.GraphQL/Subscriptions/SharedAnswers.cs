using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using GraphKam.GraphQL.Loading;
using GraphQL;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// One execution of an event for every subscription with the same <see cref="AnswerKey"/>: the first to handle the
/// event runs it, the others wait and deliver the same result (which the transports then serialise once). A hundred
/// tabs of one signed-in dashboard cost one execution per event, not a hundred. Answers are kept per event object
/// and go when the event does: a subscription that reaches the event after the run ended (it was busy with earlier
/// events) gets the answer as of the event, as if it had kept up.
/// </summary>
public static class SharedAnswers
{
    /// <summary>Where the executor leaves a subscription's answer key in the user context.</summary>
    public const string ContextKey = "graphkam.subscription.answer_key";

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Answer>> Answers = new();

    /// <summary>
    /// The answer to <paramref name="value"/> for <paramref name="key"/>: run here by <paramref name="run"/>, or
    /// shared from the subscription that ran it. An event handled late (<paramref name="dueSince"/>, see
    /// <see cref="LateEvents"/>) takes only an answer whose run began after that. A run that was cancelled (its
    /// subscriber left) is not shared: the next subscriber still waiting runs the event again for the others.
    /// </summary>
    public static ValueTask<(ExecutionResult Result, bool Shared)> GetOrRunAsync(object value, string key, long? dueSince,
        Func<ValueTask<ExecutionResult>> run, CancellationToken cancellationToken) =>
        GetOrRunAsync(value, key, dueSince, run, static run => run(), cancellationToken);

    /// <summary>
    /// As the other overload, with the run's <paramref name="state"/> passed in: ten thousand subscribers taking a
    /// shared answer need not each allocate a closure for a run they will not make.
    /// </summary>
    public static async ValueTask<(ExecutionResult Result, bool Shared)> GetOrRunAsync<TState>(object value, string key,
        long? dueSince, TState state, Func<TState, ValueTask<ExecutionResult>> run, CancellationToken cancellationToken)
    {
        var answers = Answers.GetValue(value, _ => new(StringComparer.Ordinal));
        while (true)
        {
            if (answers.TryGetValue(key, out var answer) && !(answer.StartedAt < dueSince))
            {
                if (await answer.Result.Wait().WaitAsync(cancellationToken) is { } shared) return (shared, true);
                answers.TryRemove(new KeyValuePair<string, Answer>(key, answer));
                continue;
            }
            // None yet, or too old for this subscriber: its own run becomes the answer for those after it.
            var mine = new Answer();
            if (answer == null ? answers.TryAdd(key, mine) : answers.TryUpdate(key, mine, answer))
                return (await RunAsync(mine, state, run, cancellationToken), false);
        }
    }

    private static async ValueTask<ExecutionResult> RunAsync<TState>(Answer answer, TState state,
        Func<TState, ValueTask<ExecutionResult>> run, CancellationToken cancellationToken)
    {
        ExecutionResult? result = null;
        try
        {
            result = await run(state);
            return result;
        }
        finally
        {
            // Cancelled, the result says "canceled" to this subscriber only; the others must not get that.
            answer.Result.SetResult(cancellationToken.IsCancellationRequested ? null : result);
        }
    }

    private sealed class Answer
    {
        public long StartedAt { get; } = Stopwatch.GetTimestamp();
        // The subscriptions waiting for this answer continue on the thread that finished it, one after another, each
        // up to its socket's send: handing ten thousand of them to the thread pool one by one cost more than sending.
        public WaitedResult<ExecutionResult?> Result { get; } = new(continueInline: true);
    }
}
