using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Search.Answers;

/// <summary>
/// Answers a Danish question from the minutes with numbered citations. It searches (the same ranking as
/// <see cref="MinutesSearcher"/>), numbers the top hits as sources and answers extractively from their
/// sentences; with <see cref="AskRequest.Summarize"/> and a configured <see cref="LlmOptions"/> it asks
/// the language model instead and falls back to the extractive answer, with a Danish warning, whenever
/// the model fails, is slow or cites nothing valid. Thread-safe; register as a singleton.
/// </summary>
public sealed class AnswerGenerator : IDisposable
{
    /// <summary>Hits searched per source asked for, to find the decisions of the top items.</summary>
    private const int DecisionReach = 3;

    private readonly MinutesSearcher _searcher;
    private readonly MinutesIndex _index;
    private readonly ExtractiveAnswerer _extractive;
    private readonly LlmSummarizer? _llm;
    private readonly ILogger _logger;

    public AnswerGenerator(MinutesSearcher searcher, MinutesIndex index, LlmOptions llmOptions, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(llmOptions);
        _searcher = searcher;
        _index = index;
        _extractive = new ExtractiveAnswerer(index.Analysis);
        var factory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = factory.CreateLogger<AnswerGenerator>();
        _llm = llmOptions.IsConfigured ? new LlmSummarizer(llmOptions, factory) : null;
    }

    /// <summary>A summary can be asked for: <see cref="LlmOptions.Endpoint"/> and <see cref="LlmOptions.Model"/> are set.</summary>
    public bool LlmConfigured => _llm is not null;

    public async Task<AnswerResponse> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = request.Question?.Trim() ?? "";
        if (question.Length == 0)
        {
            return new AnswerResponse(question, "Stil et spørgsmål, f.eks. \"hvad blev besluttet om Døgndiamanten\".", AnswerModes.Extractive, [], null);
        }

        var limit = Math.Clamp(request.Limit, 1, AskRequest.MaxLimit);
        var questionVector = await _searcher.QuestionVectorAsync(question, cancellationToken);
        var search = _searcher.Search(
            new SearchRequest
            {
                Q = question,
                Limit = limit * DecisionReach,
                Body = request.Body,
                From = request.From,
                To = request.To,
                // Answers quote sentences from passages: an item's decision passage must not hide in its group.
                GroupByItem = false,
            },
            countFacets: false,
            pick: hits => Sources(hits, limit),
            questionVector);
        var citations = search.Hits
            .Select((h, i) => new Citation(i + 1, h.Id, h.Score, h.Kind, h.Text, h.Snippet, h.Meeting, h.Item, h.Source))
            .ToList();
        var extractive = Extractive(search.DidYouMean ?? question, citations);
        _logger.LogDebug("Answered {Question} from {SourceCount} sources", question, citations.Count);
        if (!request.Summarize || _llm is null || citations.Count == 0)
        {
            return new AnswerResponse(question, extractive, AnswerModes.Extractive, citations, null);
        }

        var summary = await _llm.SummarizeAsync(question, citations, cancellationToken);
        return summary.Answer is { } answer
            ? new AnswerResponse(question, answer, AnswerModes.Llm, citations, null)
            : new AnswerResponse(question, extractive, AnswerModes.Extractive, citations, summary.Warning);
    }

    /// <summary>
    /// The top <paramref name="limit"/> hits, then the decisions of their items (at most
    /// <paramref name="limit"/>): what an item concluded belongs to its answer even when the search
    /// ranked it far below the item's text, or not at all ("Ad 1) Liselott Blixt og Tina Rottbøll"
    /// holds none of the question's words; its item's title does).
    /// </summary>
    private IEnumerable<SearchHit> Sources(IReadOnlyList<SearchHit> hits, int limit)
    {
        var top = hits.Take(limit).ToList();
        var cited = top.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var found = hits.ToDictionary(h => h.Id, StringComparer.Ordinal);
        var decisions = new List<SearchHit>();
        foreach (var meeting in top.Where(h => h.Item is not null).GroupBy(h => h.Meeting.Id))
        {
            var items = meeting.Select(h => h.Item!.Id).ToHashSet(StringComparer.Ordinal);
            // With one hit per item, the item's other matching passages (its text beside its decision) come along.
            var others = meeting.SelectMany(h => h.OtherPlaces.Take(1)).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            decisions.AddRange(_index.GetMeetingPassages(meeting.Key)
                .Where(p => (others.Contains(p.Id) || p.Kind == PassageKinds.Decision) && p.Item is not null && items.Contains(p.Item.Id) && !cited.Contains(p.Id))
                .Select(p => found.GetValueOrDefault(p.Id) ?? new SearchHit(p.Id, 0, p.Kind, p.Text, "", p.Meeting, p.Item, p.Source)));
        }

        // In the order of their items' first hit.
        var order = top.Where(h => h.Item is not null).Select(h => h.Item!.Id).Distinct().ToList();
        return top.Concat(decisions.OrderBy(d => order.IndexOf(d.Item!.Id)).Take(limit));
    }

    private string Extractive(string question, IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return ExtractiveAnswerer.NothingFound;
        }

        using var lease = _index.Acquire();
        var terms = QuestionTerms.Read(question, _index.Analysis, lease.Searcher.IndexReader);
        return _extractive.Answer(terms, citations);
    }

    public void Dispose() => _llm?.Dispose();
}
