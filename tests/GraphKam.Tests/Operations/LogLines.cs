using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace GraphKam.Tests.Operations;

/// <summary>
/// Every log line the server writes, as a console or JSON logger would write it: the message, its values, the
/// exception and every scope around it (a JSON log with scopes on shows them all).
/// </summary>
public sealed class LogLines : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(LogLines owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            Append(line, state);
            owner._scopes.ForEachScope((scope, text) => Append(text, scope), line);
            owner._lines.Enqueue(line.ToString());
        }

        private static void Append(StringBuilder line, object? values)
        {
            if (values is IEnumerable<KeyValuePair<string, object?>> pairs)
                foreach (var (key, value) in pairs) line.Append(" | ").Append(key).Append('=').Append(value);
            else line.Append(" | ").Append(values);
        }
    }
}
