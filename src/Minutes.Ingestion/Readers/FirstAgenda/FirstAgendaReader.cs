using System.Globalization;
using System.Text.Json;
using Minutes.Core;

namespace Minutes.Ingestion.Readers.FirstAgenda;

/// <summary>
/// Reads the JSON a FirstAgenda publication portal (dagsordener.&lt;kommune&gt;.dk) serves for one meeting: an object
/// with the committee (<c>Udvalg</c>), the meeting (<c>Moede</c>: date, place, members) and the agenda items
/// (<c>Dagsordenpunkter</c>: number, caption, case number, HTML fields, attachments). See
/// <see cref="FirstAgendaMeeting"/> for what becomes of each part.
/// </summary>
/// <remarks>
/// Recognised by content: a JSON object whose first 4 KB name <c>Dagsordenpunkter</c>, <c>Moede</c> or <c>Udvalg</c>,
/// whatever the file is called. A <c>.json</c> file that is something else is refused with the reason.
/// </remarks>
public sealed class FirstAgendaReader : IFeedReader
{
    /// <summary>The top-level properties that make a JSON object a FirstAgenda meeting.</summary>
    private static readonly string[] Required = ["Dagsordenpunkter", "Moede", "Udvalg"];

    /// <inheritdoc />
    public string Format => "firstagenda";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".json"];

    /// <inheritdoc />
    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var start = head.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start >= head.Length || head[start] != (byte)'{')
        {
            return false;
        }

        return head.IndexOf("\"Dagsordenpunkter\""u8) >= 0 || head.IndexOf("\"Moede\""u8) >= 0 || head.IndexOf("\"Udvalg\""u8) >= 0;
    }

    /// <inheritdoc />
    public async Task<Meeting> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        if (content.Length == 0)
        {
            throw new UnreadableDocumentException("the file is empty");
        }

        if (content.AsSpan(0, Math.Min(content.Length, 8192)).Contains((byte)0))
        {
            throw new UnreadableDocumentException("not a FirstAgenda publication (JSON): the file contains binary data");
        }

        using var json = Parse(content);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new UnreadableDocumentException(
                $"not a FirstAgenda publication: the JSON is {Article(root.ValueKind)}, not an object with {Names(Required)}");
        }

        var missing = Required.Where(name => !root.TryGetProperty(name, out _)).ToList();
        if (missing.Count > 0)
        {
            throw new UnreadableDocumentException(
                $"not a FirstAgenda publication: the JSON object has no {Names(missing)} (it has {Names(PropertyNames(root))})");
        }

        if (root.GetProperty("Dagsordenpunkter").ValueKind != JsonValueKind.Array)
        {
            throw new UnreadableDocumentException("not a FirstAgenda publication: 'Dagsordenpunkter' (the agenda items) is not a list");
        }

        if (root.GetProperty("Moede").ValueKind != JsonValueKind.Object)
        {
            throw new UnreadableDocumentException("not a FirstAgenda publication: 'Moede' (the meeting) is not an object");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var source = SourceDocuments.Create(path, content, Format, pages: 1);
        return FirstAgendaMeeting.Build(root, source, cancellationToken);
    }

    private static JsonDocument Parse(byte[] content)
    {
        try
        {
            var json = content.AsMemory();
            if (json.Span.StartsWith("\uFEFF"u8))
            {
                json = json[3..];
            }

            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {e.BytePositionInLine + 1})")
                : "";
            throw new UnreadableDocumentException($"not valid JSON{where}: a FirstAgenda publication must be one JSON object", e);
        }
    }

    private static IEnumerable<string> PropertyNames(JsonElement root) => root.EnumerateObject().Select(p => p.Name).Take(8);

    private static string Names(IEnumerable<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        return quoted.Count == 0 ? "no properties" : string.Join(", ", quoted);
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
