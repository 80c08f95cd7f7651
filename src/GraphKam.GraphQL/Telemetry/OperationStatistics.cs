using System.Diagnostics.Metrics;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>
/// The server's recent activity, read from its own meter (<see cref="GraphQLMetrics"/>) by a listener: operations and
/// errors per minute, the slowest operations and the errors of the last hour. Only counts are kept, per minute and
/// per operation name (which <see cref="OperationLabels"/> bounds), so memory stays small however busy the server.
/// </summary>
public sealed class OperationStatistics : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly TimeProvider _clock;
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private readonly Queue<MinuteTally> _minutes = new();

    public OperationStatistics(TimeProvider clock)
    {
        _clock = clock;
        // The instruments are made here, before the listener starts: made inside its callback (the meter's first use
        // in a fresh process), they were compared with fields not yet assigned, and nothing was ever counted.
        var duration = GraphQLMetrics.OperationDuration;
        var errors = GraphQLMetrics.Errors;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument == duration || instrument == errors)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) => Operation(seconds, tags));
        _listener.SetMeasurementEventCallback<long>((_, count, tags, _) => Error(count, tags));
        _listener.Start();
    }

    /// <summary>The minutes of the window that had activity, oldest first.</summary>
    public IReadOnlyList<MinuteActivity> Minutes()
    {
        lock (_gate)
        {
            Trim();
            return [.. _minutes.Select(m => new MinuteActivity(m.Start, m.Operations, m.Errors.Values.Sum()))];
        }
    }

    /// <summary>
    /// Operations per minute over the last <paramref name="minutes"/> minutes of the clock (the current one
    /// included), idle minutes counting as zero: a burst an hour ago does not read as today's load.
    /// </summary>
    public double OperationsPerMinute(int minutes) => PerMinute(Minutes(), _clock.GetUtcNow(), minutes);

    /// <summary>The rate over the <paramref name="span"/> minutes before <paramref name="now"/> (pure, for tests).</summary>
    public static double PerMinute(IEnumerable<MinuteActivity> minutes, DateTimeOffset now, int span) =>
        minutes.Where(m => m.Minute > now.AddMinutes(-span)).Sum(m => m.Operations) / (double)span;

    /// <summary>The operations of the window with the longest single run, slowest first.</summary>
    public IReadOnlyList<OperationTiming> Slowest(int count)
    {
        lock (_gate)
        {
            Trim();
            return [.. _minutes.SelectMany(m => m.Timings).GroupBy(t => (t.Key.Name, t.Key.Type))
                .Select(g => new OperationTiming(g.Key.Name, g.Key.Type, g.Sum(t => t.Value.Count),
                    g.Sum(t => t.Value.TotalSeconds), g.Max(t => t.Value.MaxSeconds)))
                .OrderByDescending(t => t.MaxSeconds).Take(count)];
        }
    }

    /// <summary>The errors of the window by code, most frequent first.</summary>
    public IReadOnlyList<ErrorCount> Errors()
    {
        lock (_gate)
        {
            Trim();
            return [.. _minutes.SelectMany(m => m.Errors).GroupBy(e => e.Key)
                .Select(g => new ErrorCount(g.Key, g.Sum(e => e.Value))).OrderByDescending(e => e.Count)];
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Operation(double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = (Tag(tags, "graphql.operation.name"), Tag(tags, "graphql.operation.type"));
        lock (_gate)
        {
            var minute = Current();
            minute.Operations++;
            var timing = minute.Timings.GetValueOrDefault(key);
            minute.Timings[key] = new Timing(timing.Count + 1, timing.TotalSeconds + seconds,
                Math.Max(timing.MaxSeconds, seconds));
        }
    }

    private void Error(long count, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var code = Tag(tags, "error.code");
        lock (_gate)
        {
            var minute = Current();
            minute.Errors[code] = minute.Errors.GetValueOrDefault(code) + count;
        }
    }

    private MinuteTally Current()
    {
        // One reading of the clock for both: read twice, a clock that moved past the window in between (a test's fake
        // clock advanced by another thread) trimmed the minute just added, and the request recording it failed.
        var now = _clock.GetUtcNow();
        Trim(now);
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        if (_minutes.Count == 0 || _minutes.Last().Start != start) _minutes.Enqueue(new MinuteTally(start));
        return _minutes.Last();
    }

    private void Trim() => Trim(_clock.GetUtcNow());

    private void Trim(DateTimeOffset now)
    {
        var oldest = now - Window;
        while (_minutes.Count > 0 && _minutes.Peek().Start < oldest) _minutes.Dequeue();
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
            if (tag.Key == name) return tag.Value as string ?? "";
        return "";
    }

    private sealed class MinuteTally(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;
        public long Operations { get; set; }
        public Dictionary<(string Name, string Type), Timing> Timings { get; } = [];
        public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);
    }

    private readonly record struct Timing(long Count, double TotalSeconds, double MaxSeconds);
}

/// <summary>One minute's operations and errors.</summary>
public sealed record MinuteActivity(DateTimeOffset Minute, long Operations, long Errors);

/// <summary>An operation's runs in the window: how many, their total and their longest duration.</summary>
public sealed record OperationTiming(string Name, string Type, long Count, double TotalSeconds, double MaxSeconds);

/// <summary>How many errors of a code the window had.</summary>
public sealed record ErrorCount(string Code, long Count);
