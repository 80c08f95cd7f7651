using System.Collections.Concurrent;
using GraphKam.GraphQL.Errors;
using GraphKam.GraphQL.Http;
using GraphKam.GraphQL.RateLimiting;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GraphKam.GraphQL.Streaming;

/// <summary>
/// Counts running subscriptions per WebSocket, per login and (signed out) per client address, so that one caller
/// cannot hold thousands of them; a slot is taken when a subscription starts and given back when it ends.
/// </summary>
public sealed class SubscriptionSlots(IOptions<GraphQLServerOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _byCaller = new(StringComparer.Ordinal);

    /// <summary>A slot for one more subscription, or the error to answer with when a limit is reached.</summary>
    public IDisposable? TryTake(Caller caller, SocketSubscriptions? socket, out ExecutionError? refusal)
    {
        var limits = options.Value;
        var (key, max, who) = caller.Login is { } login
            ? ("login:" + login, limits.MaxSubscriptionsPerLogin, "This login")
            : ("address:" + caller.Address, limits.MaxSubscriptionsPerAddress, "This client address");
        refusal = null;
        if (socket != null && !socket.TryTake(limits.MaxSubscriptionsPerSocket))
        {
            refusal = Refusal($"This connection already has {limits.MaxSubscriptionsPerSocket} subscriptions running");
            return null;
        }
        if (max <= 0 || TryTake(key, max)) return new Slot(this, key, max > 0, socket);
        socket?.Give();
        refusal = Refusal($"{who} already has {max} subscriptions running");
        return null;
    }

    private static ExecutionError Refusal(string reason) =>
        new($"{reason}: complete one before starting another.") { Code = ErrorCodes.SubscriptionLimit };

    private bool TryTake(string key, int max)
    {
        while (true)
        {
            var count = _byCaller.GetOrAdd(key, 0);
            if (count >= max) return false;
            if (_byCaller.TryUpdate(key, count + 1, count)) return true;
        }
    }

    private void Give(string key)
    {
        while (true)
        {
            if (!_byCaller.TryGetValue(key, out var count)) return;
            // The last slot removes the entry, so idle callers leave nothing behind.
            if (count <= 1 ? _byCaller.TryRemove(new KeyValuePair<string, int>(key, count))
                : _byCaller.TryUpdate(key, count - 1, count)) return;
        }
    }

    private sealed class Slot(SubscriptionSlots slots, string key, bool counted, SocketSubscriptions? socket) : IDisposable
    {
        private int _given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _given, 1) == 1) return;
            if (counted) slots.Give(key);
            socket?.Give();
        }
    }
}
