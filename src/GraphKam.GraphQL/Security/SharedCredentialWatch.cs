using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Logging;

namespace GraphKam.GraphQL.Security;

/// <summary>
/// The streams of one watch key (one session): one timer and one check per interval for all of them. It runs while
/// at least one stream is in it; when the credentials no longer hold, every stream in it hears so at once. A watch
/// with no <paramref name="registry"/> serves the one stream of a principal without a key.
/// </summary>
#pragma warning disable CA1001 // _ended is disposed when the watch's loop ends, the only place that outlives it
internal sealed class SharedCredentialWatch(IPrincipalValidator validator, ClaimsPrincipal user, TimeProvider clock,
    ILogger logger, (ConcurrentDictionary<string, SharedCredentialWatch> Watches, string Key)? registry = null)
{
    private readonly Lock _lock = new();
    private readonly HashSet<Watcher> _streams = [];
    private readonly CancellationTokenSource _ended = new();
    private bool _started;

    /// <summary>The stream's revocation (see <see cref="CredentialWatch.RevokedAsync"/>); null if this watch has ended.</summary>
    public Task<bool>? Join(CancellationToken stop)
    {
        var stream = new Watcher(this);
        bool start;
        lock (_lock)
        {
            if (_ended.IsCancellationRequested) return null;
            _streams.Add(stream);
            start = !_started;
            _started = true;
        }
        // Registered outside the lock: a stop already requested runs Leave here, at once.
        stop.Register(static state => ((Watcher)state!).Watch.Leave((Watcher)state), stream);
        if (start) _ = RunAsync();
        return stream.Revoked.Task;
    }

    private void Leave(Watcher stream)
    {
        bool last;
        lock (_lock)
        {
            if (!_streams.Remove(stream)) return;
            last = _streams.Count == 0;
            if (last) _ended.Cancel();
        }
        stream.Revoked.TrySetResult(false);
        if (last) End();
    }

    private async Task RunAsync()
    {
        try { await WatchAsync(); }
        finally { _ended.Dispose(); } // cancelled by then: nothing cancels it again
    }

    private async Task WatchAsync()
    {
        while (!_ended.IsCancellationRequested)
        {
            // One delay at a time, not a periodic timer: a clock moved far ahead fires one check, not thousands.
            try { await Task.Delay(validator.CheckInterval, clock, _ended.Token); }
            catch (OperationCanceledException) { return; }
            if (await CredentialWatch.CheckAsync(validator, user, logger, _ended.Token) != false) continue;
            Watcher[] revoked;
            lock (_lock)
            {
                if (_ended.IsCancellationRequested) return;
                _ended.Cancel();
                revoked = [.. _streams];
                _streams.Clear();
            }
            End();
            // Their registrations stay until their streams stop (soon: they are being closed), then find nothing to
            // leave: disposing them here would race with Join, which registers outside the lock.
            foreach (var stream in revoked) stream.Revoked.TrySetResult(true);
        }
    }

    /// <summary>Out of the registry, so that the next stream of this key starts a watch of its own.</summary>
    private void End()
    {
        if (registry is var (watches, key)) watches.TryRemove(new KeyValuePair<string, SharedCredentialWatch>(key, this));
    }

    /// <summary>One stream in the watch.</summary>
    private sealed class Watcher(SharedCredentialWatch watch)
    {
        // Continuations run elsewhere: one stream closing its socket must not hold up the others' news.
        public TaskCompletionSource<bool> Revoked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public SharedCredentialWatch Watch { get; } = watch;
    }
}
