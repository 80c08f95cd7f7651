using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Infrastructure;

/// <summary>A logger provider that keeps every entry from Information up, to check what the server logged.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>The formatted messages of warnings and errors.</summary>
    public IReadOnlyList<string> Messages =>
        _entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();

    public IReadOnlyList<LogEntry> Entries => _entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                capture._entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception), exception));
        }
    }
}

/// <summary>One logged entry: level, category, formatted message and the exception (a sink writes its stack).</summary>
public sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Exception);
