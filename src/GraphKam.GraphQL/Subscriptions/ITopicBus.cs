namespace GraphKam.GraphQL.Subscriptions;

/// <summary>
/// Publish and subscribe by topic. The in-memory bus serves one machine; a distributed one (Redis) takes its place
/// behind this interface when several machines serve the same clients, so messages should be small records
/// (IDs and kinds) that any machine can resolve.
/// </summary>
public interface ITopicBus
{
    /// <summary>Delivers <paramref name="message"/> to the topic's current subscribers; never waits for them.</summary>
    Task PublishAsync<T>(string topic, T message, CancellationToken cancellationToken = default) where T : notnull;

    /// <summary>The messages published on <paramref name="topic"/> from now on, until the subscription is disposed.</summary>
    IObservable<T> Subscribe<T>(string topic);
}
