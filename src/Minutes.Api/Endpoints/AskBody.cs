using System.Text.Json;
using Minutes.Search.Answers;

namespace Minutes.Api.Endpoints;

/// <summary>The JSON body of POST /api/ask. Dates as text (yyyy-MM-dd) so a bad one gets a 400 naming it.</summary>
/// <param name="Question">Required, at most 500 characters.</param>
/// <param name="Summarize">Ask the configured LLM for the answer; extractive when none is configured or it fails.</param>
/// <param name="Limit">Numbered sources, 1-20; default 5.</param>
public sealed record AskBody(string? Question, bool? Summarize, int? Limit, string? Body, string? From, string? To)
{
    /// <summary>"$" in <see cref="ParameterErrors"/>: the body as a whole (the JSONPath of the root), not a field.</summary>
    public const string Root = "$";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>
    /// Reads the body field by field, so a value of the wrong JSON type is a 400 naming the field and what it
    /// must be ("limit: must be a whole number from 1 to 20"), like a bad query parameter, instead of the
    /// framework's "Failed to read parameter". Field names match case-insensitively; unknown fields are ignored.
    /// </summary>
    internal static async Task<AskBody> ReadAsync(HttpRequest request, ParameterErrors errors, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, Options, cancellationToken);
        }
        catch (JsonException e)
        {
            errors.Add(Root, $"The body is not valid JSON ({e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')}): send an object such as {{\"question\": \"Hvad blev besluttet om Døgndiamanten?\"}}.");
            return Empty;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(Root, $"The body is a JSON {Kind(document.RootElement)}; it must be an object such as {{\"question\": \"Hvad blev besluttet om Døgndiamanten?\"}}.");
                return Empty;
            }

            var fields = document.RootElement.EnumerateObject()
                .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);
            return new AskBody(
                Text(fields, errors, "question", "text, the question in Danish"),
                Flag(fields, errors, "summarize"),
                Number(fields, errors, "limit", 1, AskRequest.MaxLimit),
                Text(fields, errors, "body", "text, the name of a body such as \"Byrådet\""),
                Text(fields, errors, "from", "a date as text, yyyy-MM-dd"),
                Text(fields, errors, "to", "a date as text, yyyy-MM-dd"));
        }
    }

    private static AskBody Empty => new(null, null, null, null, null, null);

    private static string? Text(Dictionary<string, JsonElement> fields, ParameterErrors errors, string name, string what)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        errors.Add(name, $"'{name}' is a JSON {Kind(value)}; it must be {what}.");
        return null;
    }

    private static bool? Flag(Dictionary<string, JsonElement> fields, ParameterErrors errors, string name)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add(name, $"'{name}' is a JSON {Kind(value)}; it must be true or false.");
        return null;
    }

    private static int? Number(Dictionary<string, JsonElement> fields, ParameterErrors errors, string name, int min, int max)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            if (number >= min && number <= max)
            {
                return number;
            }

            errors.Add(name, $"{number} is out of range: use {min} to {max}.");
            return null;
        }

        errors.Add(name, $"'{name}' is {(value.ValueKind == JsonValueKind.Number ? "not a whole number" : "a JSON " + Kind(value))}; it must be a whole number from {min} to {max}.");
        return null;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };
}
