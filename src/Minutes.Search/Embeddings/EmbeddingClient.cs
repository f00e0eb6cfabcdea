using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using OpenAI;

namespace Minutes.Search.Embeddings;

/// <summary>
/// Turns texts into unit-length vectors through Semantic Kernel's OpenAI connector (its embedding
/// generator over an OpenAI client pointed at <see cref="EmbeddingOptions.Endpoint"/>), so any
/// OpenAI-compatible <c>/v1/embeddings</c> server works. No retries: a failed indexing batch waits for
/// the next sync and a failed question is searched lexically, both better than a search kept waiting.
/// Thread-safe.
/// </summary>
internal sealed class EmbeddingClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;

    public EmbeddingClient(EmbeddingOptions options)
    {
        // One client for the process; timeouts are ours (linked tokens), so the client's is off.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var client = new OpenAIClient(
            // The OpenAI client needs a key; local servers ignore the header.
            new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(options.Endpoint!),
                Transport = new HttpClientPipelineTransport(_http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout.InfiniteTimeSpan,
            });
#pragma warning disable SKEXP0010 // The client overload is what points the connector at a custom endpoint (Ollama, vLLM, Azure v1).
        _generator = Kernel.CreateBuilder()
            .AddOpenAIEmbeddingGenerator(options.Model!, client, options.Dimensions)
            .Build()
            .GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
#pragma warning restore SKEXP0010
    }

    /// <summary>One unit-length vector per text, in order; throws when the server fails or answers with the wrong count.</summary>
    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var embeddings = await _generator.GenerateAsync(texts, cancellationToken: limit.Token);
        if (embeddings.Count != texts.Count)
        {
            throw new InvalidDataException($"the embedding server returned {embeddings.Count} vectors for {texts.Count} texts");
        }

        return embeddings.Select(e => VectorMath.Normalised(e.Vector.Span)).ToList();
    }

    public void Dispose()
    {
        _generator.Dispose();
        _http.Dispose();
    }
}
