using System.ComponentModel.DataAnnotations;

namespace Minutes.Search.Answers;

/// <summary>
/// The optional language model for summaries ("Llm" section): any server speaking the OpenAI chat
/// completions protocol (OpenAI, Azure OpenAI's v1 endpoint, Ollama, vLLM, llama.cpp). Summaries are
/// off until both <see cref="Endpoint"/> and <see cref="Model"/> are set.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string Section = "Llm";

    /// <summary>
    /// Base URI of the OpenAI-compatible API, the part before "/chat/completions", e.g.
    /// "https://api.openai.com/v1", "http://localhost:11434/v1" (Ollama) or
    /// "https://NAME.openai.azure.com/openai/v1". Empty turns summaries off.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model or deployment name, e.g. "gpt-4o-mini" or "llama3.1:8b". Empty turns summaries off.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// Sent as "Authorization: Bearer …". Set it with user-secrets or the environment variable
    /// <c>Llm__ApiKey</c>, never in appsettings.json. Local servers usually need none.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one summary may take before the extractive answer is given instead.</summary>
    /// <value>Default 30 seconds.</value>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Ask the server to stream its reply (SSE); the answer is the same, some local servers start sooner.</summary>
    /// <value>Default false.</value>
    public bool Stream { get; set; }

    /// <summary>Upper bound on the summary's length in tokens.</summary>
    /// <value>Default 600.</value>
    [Range(50, 8000)]
    public int MaxTokens { get; set; } = 600;

    /// <summary>Sampling temperature; low keeps the model close to the sources.</summary>
    /// <value>Default 0.1.</value>
    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.1;

    /// <summary>Both endpoint and model are set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                $"Llm:Endpoint must be an absolute http or https URI such as https://api.openai.com/v1, not '{Endpoint}'.",
                [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Endpoint) != string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult(
                "Llm:Endpoint and Llm:Model must be set together (or both left empty to turn summaries off).",
                [nameof(Endpoint), nameof(Model)]);
        }
    }
}
