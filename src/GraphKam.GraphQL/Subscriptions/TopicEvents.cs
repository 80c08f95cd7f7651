using GraphKam.GraphQL.Loading;
using GraphKam.GraphQL.Relay;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphKam.GraphQL.Subscriptions;

public static class TopicEvents
{
    /// <summary>The messages of <paramref name="topic"/> published from now on, for a subscription field's stream.</summary>
    public static IObservable<T> Events<T>(this IResolveFieldContext context, string topic) =>
        context.Services().GetRequiredService<ITopicBus>().Subscribe<T>(topic);

    /// <summary>
    /// Only the events about the object whose global ID the optional argument <paramref name="argument"/> names (of
    /// GraphQL type <paramref name="typeName"/>); every event when the argument is omitted. An ID of another type fails
    /// the subscription at once, as a lookup would.
    /// </summary>
    public static IObservable<T> WhereIdArgument<T>(this IObservable<T> events, IResolveFieldContext context, string argument,
        string typeName, Func<T, int> key)
    {
        if (context.GetArgument<string?>(argument) is not { } id) return events;
        var wanted = GlobalId.ParseKey(id, typeName);
        return events.Where(e => key(e) == wanted);
    }
}
