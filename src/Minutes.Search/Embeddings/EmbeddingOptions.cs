using System.ComponentModel.DataAnnotations;

namespace Minutes.Search.Embeddings;

/// <summary>
/// The optional embedding model for hybrid retrieval ("Embeddings" section): any server speaking the
/// OpenAI embeddings protocol (<c>POST {Endpoint}/embeddings</c>: OpenAI, Azure OpenAI's v1 endpoint,
/// Ollama, vLLM, llama.cpp, text-embeddings-inference). Off until both <see cref="Endpoint"/> and
/// <see cref="Model"/> are set; off, nothing is embedded, stored or asked, and search is lexical only.
/// </summary>
public sealed class EmbeddingOptions : IValidatableObject
{
    public const string Section = "Embeddings";

    /// <summary>
    /// Base URI of the OpenAI-compatible API, the part before "/embeddings", e.g.
    /// "https://api.openai.com/v1" or "http://localhost:11434/v1" (Ollama). Empty turns hybrid retrieval off.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The embedding model, e.g. "text-embedding-3-small" or "bge-m3". Empty turns hybrid retrieval off.</summary>
    public string? Model { get; set; }

    /// <summary>Sent as "Authorization: Bearer …"; set it as <c>Embeddings__ApiKey</c> or a user secret, never in appsettings.json.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Ask the model for vectors of this length (only models that can shorten them, e.g. text-embedding-3-*); empty: the model's own.</summary>
    [Range(16, 8192)]
    public int? Dimensions { get; set; }

    /// <summary>Passages sent in one request while indexing.</summary>
    /// <value>Default 32.</value>
    [Range(1, 2048)]
    public int BatchSize { get; set; } = 32;

    /// <summary>Longest one indexing request may take; after a failure the rest waits for the next sync.</summary>
    /// <value>Default 60 seconds.</value>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// Longest embedding a question may take before the search goes on lexically (a search waits for it).
    /// After a failure questions are not embedded for <see cref="RetryAfterSeconds"/>.
    /// </summary>
    /// <value>Default 2000 ms.</value>
    [Range(50, 60_000)]
    public int QueryTimeoutMs { get; set; } = 2_000;

    /// <summary>How long searches stay lexical after the server failed to embed a question.</summary>
    /// <value>Default 30 seconds.</value>
    [Range(0, 3_600)]
    public int RetryAfterSeconds { get; set; } = 30;

    /// <summary>Nearest passages by vector that take part in the fusion.</summary>
    /// <value>Default 100.</value>
    [Range(1, 1_000)]
    public int Candidates { get; set; } = 100;

    /// <summary>The k of reciprocal rank fusion, score = Σ 1 / (k + rank): larger values flatten the difference between ranks.</summary>
    /// <value>Default 60 (the value of the original paper, Cormack et al. 2009).</value>
    [Range(1, 1_000)]
    public int RrfK { get; set; } = 60;

    /// <summary>Both endpoint and model are set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                $"Embeddings:Endpoint must be an absolute http or https URI such as https://api.openai.com/v1, not '{Endpoint}'.",
                [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Endpoint) != string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult(
                "Embeddings:Endpoint and Embeddings:Model must be set together (or both left empty to turn hybrid retrieval off).",
                [nameof(Endpoint), nameof(Model)]);
        }
    }
}
