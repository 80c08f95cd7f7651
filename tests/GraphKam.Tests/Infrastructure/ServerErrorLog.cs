using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Infrastructure;

/// <summary>
/// Appends every error the in-process servers log to one file in the temp folder: a test only sees the masked
/// <c>INTERNAL_ERROR</c>, and a failure that happens once in a full run needs its stack trace to be found.
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    public static string FilePath { get; } = Path.Combine(Path.GetTempPath(), "graphkam-test-server-errors.log");
    private static readonly Lock Writing = new();

    public ILogger CreateLogger(string categoryName) => new ErrorLogger(categoryName);

    public void Dispose() { }

    private sealed class ErrorLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            lock (Writing) File.AppendAllText(FilePath, $"{DateTime.UtcNow:O} {category}: {formatter(state, exception)}\n{exception}\n\n");
        }
    }
}
