using Microsoft.AspNetCore.Http.HttpResults;
using Minutes.Ingestion.Cleaning;
using System.Globalization;

namespace Minutes.Api.Endpoints;

/// <summary>
/// Reads query parameters as text and collects what is wrong with them, keyed by parameter name, so
/// a 400 names every bad parameter (ASP.NET Core's own binding would answer a bad int or date with a
/// bare 400). Values come back trimmed, parsed and within range.
/// </summary>
internal sealed class ParameterErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string parameter, string message) => _errors.TryAdd(parameter, [message]);

    /// <summary>
    /// The query text, trimmed, CPR numbers masked (the index holds none, and questions reach debug
    /// logs); an error when it is required and missing or too long.
    /// </summary>
    public string Query(string parameter, string? value, int maxLength, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 && required)
        {
            Add(parameter, $"The query is missing: give the words to look for in '{parameter}', e.g. ?{parameter}=Døgndiamanten.");
        }
        else if (text.Length > maxLength)
        {
            Add(parameter, $"The query is {text.Length} characters long; at most {maxLength} are allowed.");
        }

        return CprRedactor.Redact(text);
    }

    /// <summary>An optional filter value, trimmed; null when absent or blank.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public int Int(string parameter, string? value, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            Add(parameter, $"'{value}' is not a whole number.");
            return fallback;
        }

        if (number < min || number > max)
        {
            Add(parameter, $"{number} is out of range: use {min} to {max}.");
            return fallback;
        }

        return number;
    }

    public DateOnly? Date(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(parameter, $"'{value}' is not a date: use yyyy-MM-dd, e.g. 2024-06-14.");
        return null;
    }

    /// <summary>from and to, checked to be dates in order.</summary>
    public (DateOnly? From, DateOnly? To) Period(string? from, string? to)
    {
        var start = Date("from", from);
        var end = Date("to", to);
        if (start > end)
        {
            Add("to", $"'to' ({end:yyyy-MM-dd}) is before 'from' ({start:yyyy-MM-dd}).");
        }

        return (start, end);
    }

    public bool Boolean(string parameter, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (bool.TryParse(value.Trim(), out var flag))
        {
            return flag;
        }

        Add(parameter, $"'{value}' is not true or false.");
        return false;
    }

    /// <summary>400 problem+json: "errors" per parameter and a one-line "detail" naming them all.</summary>
    public ValidationProblem Problem() => TypedResults.ValidationProblem(
        _errors,
        detail: string.Join(" ", _errors.Select(e => $"{e.Key}: {e.Value[0]}")),
        title: "The request has invalid parameters");
}
