using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Minutes.Core;

/// <summary>
/// The JSON of a <see cref="Meeting"/> as <c>minutes parse --json</c> prints it and the API serves it:
/// camelCase, Danish letters unescaped, nulls written. The index stores each meeting in this form, so
/// the API can serve a meeting without the source file being parsed again.
/// </summary>
public static class MeetingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Compact JSON of one meeting.</summary>
    public static string Serialize(Meeting meeting) => JsonSerializer.Serialize(meeting, Options);
}
