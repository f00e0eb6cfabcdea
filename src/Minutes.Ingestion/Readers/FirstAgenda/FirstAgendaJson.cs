using System.Globalization;
using System.Text.Json;

namespace Minutes.Ingestion.Readers.FirstAgenda;

/// <summary>
/// Lenient accessors over the publication's JSON: a property missing, null or of another type than expected
/// reads as absent rather than failing the meeting, because portals differ in what they fill in
/// (<c>MeetingEndUtc</c>, <c>SagsNummer</c> and <c>Bilag</c> are often null) and write numbers as strings or not.
/// </summary>
internal static class FirstAgendaJson
{
    /// <summary>A string or number property as trimmed text; null when absent, empty or of another type.</summary>
    public static string? Value(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>True only for JSON <c>true</c> or the string "true".</summary>
    public static bool Flag(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
        && (value.ValueKind == JsonValueKind.True
            || (value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var flag) && flag));

    /// <summary>An integer property (number or numeric string); null otherwise.</summary>
    public static int? Integer(JsonElement element, string name) =>
        int.TryParse(Value(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The objects of an array property; empty when absent or null.</summary>
    public static IEnumerable<JsonElement> Objects(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    /// <summary>An object property; <c>default</c> (kind Undefined) when absent or not an object.</summary>
    public static JsonElement Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : default;
}
