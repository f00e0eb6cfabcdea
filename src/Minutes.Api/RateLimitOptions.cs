using System.ComponentModel.DataAnnotations;

namespace Minutes.Api;

/// <summary>The "RateLimit" section: how often one client (by IP address) may call /api/ask.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>The policy name endpoints opt into.</summary>
    public const string AskPolicy = "ask";

    /// <summary>Questions per client per window.</summary>
    /// <value>Default 30.</value>
    [Range(1, 100_000)]
    public int AskPermits { get; set; } = 30;

    /// <summary>The window, in seconds.</summary>
    /// <value>Default 60.</value>
    [Range(1, 86_400)]
    public int AskWindowSeconds { get; set; } = 60;
}
