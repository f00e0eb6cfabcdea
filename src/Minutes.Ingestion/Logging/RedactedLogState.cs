using System.Collections;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Ingestion.Logging;

/// <summary>
/// A log entry's structured properties with every text value redacted (numbers, dates and the like are
/// kept as they are; other objects become their redacted text when that hides something), and the
/// redacted message. Providers that write properties (JSON console, test captures) see only these.
/// </summary>
internal sealed class RedactedLogState(IEnumerable<KeyValuePair<string, object?>> pairs, string message)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> _pairs = [.. pairs.Select(p => new KeyValuePair<string, object?>(p.Key, Redact(p.Key, p.Value)))];

    public string Message { get; } = message;

    public int Count => _pairs.Count;

    public KeyValuePair<string, object?> this[int index] => _pairs[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Message;

    private static object? Redact(string key, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                // The template itself ("{OriginalFormat}") is the code's own text, never user input.
                return key == "{OriginalFormat}" ? text : CprRedactor.Redact(text);
            case IFormattable or bool or char:
                return value;
            default:
                var shown = value.ToString() ?? "";
                var redacted = CprRedactor.Redact(shown);
                return ReferenceEquals(shown, redacted) || shown == redacted ? value : redacted;
        }
    }
}
