using Microsoft.Extensions.Logging;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Logging;

/// <summary>One logger of <see cref="CprRedactingLoggerFactory"/>: redacts, then hands on.</summary>
internal sealed class CprRedactingLogger(ILogger inner) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => state switch
    {
        string text => inner.BeginScope(CprRedactor.Redact(text)),
        IEnumerable<KeyValuePair<string, object?>> pairs => inner.BeginScope(new RedactedLogState(pairs, CprRedactor.Redact(state.ToString() ?? ""))),
        _ => inner.BeginScope(state),
    };

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = CprRedactor.Redact(formatter(state, exception));
        var pairs = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        inner.Log(logLevel, eventId, new RedactedLogState(pairs, message), RedactedException.Of(exception), static (s, _) => s.Message);
    }
}
