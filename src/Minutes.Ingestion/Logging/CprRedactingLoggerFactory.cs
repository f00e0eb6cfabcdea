using Microsoft.Extensions.Logging;

namespace Minutes.Ingestion.Logging;

/// <summary>
/// Wraps the host's logger factory so every logger it hands out passes messages, properties, scopes and
/// exception texts through <see cref="Cleaning.CprRedactor.Redact"/> before any provider sees them: a CPR
/// number in a file name, a query or an exception message never reaches a log, whoever logs it.
/// Registered by <see cref="DependencyInjection.AddMinutesIngestion"/>.
/// </summary>
internal sealed class CprRedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new CprRedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
