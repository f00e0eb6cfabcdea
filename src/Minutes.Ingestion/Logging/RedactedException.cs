using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Logging;

/// <summary>
/// Stands in for a logged exception whose message or stack trace holds a CPR number (an I/O error naming
/// a file, say): providers print <see cref="ToString"/>, which is the original's, redacted.
/// </summary>
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    private RedactedException(Exception original, string text)
        : base(CprRedactor.Redact(original.Message))
    {
        _text = text;
        HResult = original.HResult;
    }

    public override string? StackTrace => null;

    /// <summary><paramref name="exception"/> itself when nothing in it needs redacting.</summary>
    public static Exception? Of(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var redacted = CprRedactor.Redact(text);
        return text == redacted ? exception : new RedactedException(exception, redacted);
    }

    public override string ToString() => _text;
}
