using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Minutes.Search.Answers;

/// <summary>
/// Asks the configured OpenAI-compatible server for a summary of the numbered sources through Semantic
/// Kernel's OpenAI connector (custom endpoint, so OpenAI, Azure OpenAI v1, Ollama, vLLM and llama.cpp all
/// work), and checks the citations of the reply. Every failure becomes a Danish warning, never an
/// exception: a timeout (<see cref="LlmOptions.TimeoutSeconds"/>), 429, 5xx, an unreadable or empty reply,
/// or a reply citing no valid source. Only the caller's own cancellation is thrown. Thread-safe.
/// </summary>
internal sealed class LlmSummarizer : IDisposable
{
    private const string Fallback = "svaret er uddraget direkte af referaterne.";

    private readonly LlmOptions _options;
    private readonly HttpClient _http;
    private readonly OpenAIChatCompletionService _chat;
    private readonly ILogger _logger;

    public LlmSummarizer(LlmOptions options, ILoggerFactory loggerFactory)
    {
        _options = options;
        _logger = loggerFactory.CreateLogger<LlmSummarizer>();
        // One client for the process; the timeout is ours (a linked token), so the client's is off.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
#pragma warning disable SKEXP0010 // The custom-endpoint constructor is what makes non-OpenAI servers (Ollama, vLLM, llama.cpp, Azure v1) work.
        _chat = new OpenAIChatCompletionService(
            options.Model!, new Uri(options.Endpoint!), options.ApiKey, httpClient: _http, loggerFactory: loggerFactory);
#pragma warning restore SKEXP0010
    }

    public async Task<LlmSummary> SummarizeAsync(string question, IReadOnlyList<Citation> citations, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var history = AnswerPrompt.Build(question, citations);
        var settings = new OpenAIPromptExecutionSettings { MaxTokens = _options.MaxTokens, Temperature = _options.Temperature };
        string? reply;
        try
        {
            reply = _options.Stream
                ? await StreamAsync(history, settings, timeout.Token)
                : (await _chat.GetChatMessageContentAsync(history, settings, kernel: null, timeout.Token)).Content;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(exception, timeout.IsCancellationRequested);
        }

        if (string.IsNullOrWhiteSpace(reply))
        {
            _logger.LogWarning("Language model {Model} gave an empty reply; answering extractively", _options.Model);
            return new LlmSummary(null, $"Sprogmodellen gav et tomt svar; {Fallback}");
        }

        var (answer, valid) = CitationCheck.Clean(reply, citations.Count);
        if (valid.Count == 0)
        {
            _logger.LogWarning("Language model {Model} cited none of the {SourceCount} sources; answering extractively", _options.Model, citations.Count);
            return new LlmSummary(null, $"Sprogmodellens svar henviste ikke til kilderne; {Fallback}");
        }

        return new LlmSummary(answer, null);
    }

    private async Task<string> StreamAsync(
        ChatHistory history, OpenAIPromptExecutionSettings settings, CancellationToken cancellationToken)
    {
        var reply = new StringBuilder();
        await foreach (var chunk in _chat.GetStreamingChatMessageContentsAsync(history, settings, kernel: null, cancellationToken))
        {
            reply.Append(chunk.Content);
        }

        return reply.ToString();
    }

    /// <summary>The warning for a failed call; logs the kind of failure, never the key or the sources.</summary>
    private LlmSummary Failed(Exception exception, bool timedOut)
    {
        var status = (exception as HttpOperationException)?.StatusCode;
        var unreachable = status is null && FindInner<HttpRequestException>(exception) is not null;
        var warning = timedOut
            ? $"Sprogmodellen svarede ikke inden for {_options.TimeoutSeconds} {(_options.TimeoutSeconds == 1 ? "sekund" : "sekunder")}; {Fallback}"
            : unreachable
            ? $"Sprogmodellen kunne ikke nås; {Fallback}"
            : status switch
            {
                HttpStatusCode.TooManyRequests => $"Sprogmodellen er overbelastet lige nu (429); {Fallback}",
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"Sprogmodellen afviste adgangen ({(int)status}); {Fallback}",
                { } code when (int)code >= 500 => $"Sprogmodellen fejlede ({(int)code}); {Fallback}",
                { } code => $"Sprogmodellen afviste forespørgslen ({(int)code}); {Fallback}",
                null => $"Sprogmodellens svar kunne ikke læses; {Fallback}",
            };
        _logger.LogWarning(
            "Language model {Model} failed ({Failure}, status {StatusCode}); answering extractively",
            _options.Model, timedOut ? "timeout" : unreachable ? "unreachable" : exception.GetType().Name, status is null ? "none" : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new LlmSummary(null, warning);
    }

    private static T? FindInner<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }

    public void Dispose() => _http.Dispose();
}
