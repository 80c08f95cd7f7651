namespace GraphKam.Server.Common;

/// <summary>
/// Background work that runs at every tick of an interval on the injected clock (so tests can move time): a failed
/// tick is logged and the next one tries again.
/// </summary>
public abstract class PeriodicSweep(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;
    protected ILogger Logger { get; } = logger;

    /// <summary>Time between ticks (read once, when the service starts).</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What failed, for the log: "Escalating service cases failed".</summary>
    protected abstract string Failure { get; }

    protected abstract Task TickAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether a tick is long enough to run apart from whoever moved the clock. A clock resumes the timer's waiter on its
    /// own thread (a test's fake clock does, and SQLite's "async" calls finish synchronously), so a long tick would hold
    /// that thread, and a clock moved by a day would run a minute's tick 1,440 times in a row; run apart, the ticks that
    /// fall due meanwhile make one.
    /// </summary>
    protected virtual bool LongTick => false;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (LongTick) await Task.Yield();
            try { await TickAsync(stoppingToken); }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
#pragma warning disable CA2254 // the message is one of the subclass's constants
                Logger.LogError(exception, Failure + "; retrying at the next tick.");
#pragma warning restore CA2254
            }
        }
    }
}
