using System.Text.Json;
using System.Text.Json.Serialization;

namespace Minutes.Ingestion.Evaluation;

/// <summary>
/// What one file's meeting should look like, written by reading the document (never from the parser's
/// output): the meeting date, the agenda item numbers as printed (for an unnumbered agenda, the items'
/// positions 1, 2, ...), optionally their titles, and the items that carry decisions.
/// </summary>
/// <param name="Decisions">Item numbers whose decision the minutes state; null when not scored.</param>
/// <param name="DecisionsExhaustive">True when no other item may carry a decision (an agenda has none).</param>
public sealed record StructureExpectation(
    [property: JsonPropertyName("date")] DateOnly? Date,
    [property: JsonPropertyName("items")] IReadOnlyList<string> Items,
    [property: JsonPropertyName("titles")] IReadOnlyList<string>? Titles = null,
    [property: JsonPropertyName("decisions")] IReadOnlyList<string>? Decisions = null,
    [property: JsonPropertyName("decisionsExhaustive")] bool DecisionsExhaustive = false)
{
    private static readonly JsonSerializerOptions Options = new() { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// Reads an expectations file: an object keyed by file name (no folder), as
    /// <c>corpus/real/expected.json</c> is written; fields it does not know (body, note, source) are ignored.
    /// </summary>
    public static IReadOnlyDictionary<string, StructureExpectation> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var read = JsonSerializer.Deserialize<Dictionary<string, StructureExpectation>>(stream, Options)
            ?? throw new InvalidDataException($"{path}: empty expectations");
        foreach (var (file, expected) in read)
        {
            if (expected.Items is null)
            {
                throw new InvalidDataException($"{path}: '{file}' has no \"items\" list");
            }

            if (expected.Titles is not null && expected.Titles.Count != expected.Items.Count)
            {
                throw new InvalidDataException($"{path}: '{file}' has {expected.Items.Count} items but {expected.Titles.Count} titles");
            }
        }

        return new Dictionary<string, StructureExpectation>(read, StringComparer.OrdinalIgnoreCase);
    }
}
