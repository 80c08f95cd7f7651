using System.Diagnostics;
using System.Runtime.CompilerServices;
using GraphQL;

namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// The events one subscription handles later than they were published (a throttled summary sent when its interval
/// ends), each with the moment it fell due. Such an event must be answered as of then: another subscription's answer
/// to the same event, read when the event was new, is too old for it (<see cref="SharedAnswers"/>).
/// </summary>
public sealed class LateEvents
{
    private const string ContextKey = "graphkam.subscription.late_events";

    private readonly ConditionalWeakTable<object, StrongBox<long>> _dueSince = new();

    /// <summary>
    /// The late events of the subscription that <paramref name="context"/> resolves. Called while the subscription's
    /// stream is set up, before any event is handled, so the user context is not written while events read it.
    /// </summary>
    public static LateEvents Of(IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(ContextKey, out var existing) && existing is LateEvents late) return late;
        late = new LateEvents();
        context.UserContext[ContextKey] = late;
        return late;
    }

    /// <summary>When <paramref name="value"/> fell due for this subscription (a <see cref="Stopwatch"/> timestamp), if it came late.</summary>
    public static long? DueSince(IDictionary<string, object?> userContext, object value) =>
        userContext.TryGetValue(ContextKey, out var late) && late is LateEvents events
            && events._dueSince.TryGetValue(value, out var since) ? since.Value : null;

    /// <summary>Records that <paramref name="value"/> is handled only now.</summary>
    public void Mark(object value) => _dueSince.AddOrUpdate(value, new StrongBox<long>(Stopwatch.GetTimestamp()));
}
