using System.ComponentModel.DataAnnotations;

namespace Minutes.Api;

/// <summary>The "Cors" section: the web origins (scheme, host, port) allowed to call the API from a browser.</summary>
public sealed class CorsOriginsOptions : IValidatableObject
{
    public const string Section = "Cors";

    /// <summary>E.g. "https://portal.kkr.dk". Default none: only same-origin pages (the bundled search page) may call.</summary>
    public List<string> Origins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in Origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/" || origin.TrimEnd('/') != origin.TrimEnd('/').Split('?')[0])
            {
                yield return new ValidationResult(
                    $"Cors:Origins: '{origin}' is not an origin like https://portal.example.dk (scheme, host and optional port, no path)",
                    [nameof(Origins)]);
            }
        }
    }
}
