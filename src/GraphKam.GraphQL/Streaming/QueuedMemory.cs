namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// What the messages waiting for one streaming client hold (two bytes a character), against the bound
/// <c>SendQueueBytes</c> sets. A message larger than the bound is still taken when nothing else waits, so one large
/// answer reaches a client that keeps up. Safe to use from several threads.
/// </summary>
public sealed class QueuedMemory(long limit)
{
    private long _held;

    /// <summary>Takes room for <paramref name="message"/>; false, taking none, when it does not fit.</summary>
    public bool TryTake(string message) => TryTake(message.Length);

    /// <summary>Takes room for a message of <paramref name="characters"/>; false, taking none, when it does not fit.</summary>
    public bool TryTake(int characters)
    {
        var size = SizeOf(characters);
        var held = Interlocked.Add(ref _held, size);
        if (held == size || held <= limit) return true;
        Interlocked.Add(ref _held, -size);
        return false;
    }

    /// <summary>Takes room for a message that must be queued whatever it holds (the end of a stream).</summary>
    public void Take(string message) => Interlocked.Add(ref _held, SizeOf(message.Length));

    /// <summary>Gives back the room of a message that left the queue.</summary>
    public void Give(string message) => Give(message.Length);

    /// <summary>Gives back the room of a message of <paramref name="characters"/> that left the queue.</summary>
    public void Give(int characters) => Interlocked.Add(ref _held, -SizeOf(characters));

    /// <summary>The queue was emptied at once.</summary>
    public void Clear() => Interlocked.Exchange(ref _held, 0);

    private static long SizeOf(int characters) => 2L * characters;
}
