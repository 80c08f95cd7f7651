namespace GraphKam.GraphQL.Streaming;

/// <summary>The number of subscriptions running on one WebSocket.</summary>
public sealed class SocketSubscriptions
{
    private int _count;

    /// <summary>Takes a slot unless <paramref name="max"/> are taken already (zero or less: no limit).</summary>
    public bool TryTake(int max)
    {
        if (Interlocked.Increment(ref _count) <= max || max <= 0) return true;
        Interlocked.Decrement(ref _count);
        return false;
    }

    public void Give() => Interlocked.Decrement(ref _count);
}
