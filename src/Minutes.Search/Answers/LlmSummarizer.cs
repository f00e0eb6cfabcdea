using Microsoft.Extensions.Logging;

namespace Minutes.Search.Answers;

/// <summary>Placeholder until the Semantic Kernel client lands: reports that summaries are unavailable.</summary>
internal sealed class LlmSummarizer(LlmOptions options, ILoggerFactory loggerFactory) : IDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<LlmSummarizer>();

    public Task<LlmSummary> SummarizeAsync(string question, IReadOnlyList<Citation> citations, CancellationToken cancellationToken)
    {
        _logger.LogDebug("Summary of {SourceCount} sources with {Model} not implemented yet", citations.Count, options.Model);
        return Task.FromResult(new LlmSummary(null, "Opsummering med sprogmodel er ikke tilgængelig endnu; svaret er uddraget direkte af referaterne."));
    }

    public void Dispose()
    {
    }
}
