using Minutes.Core;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Answers <see cref="SearchRequest"/>s from a <see cref="MinutesIndex"/>: reads the question
/// (<see cref="QueryInterpreter"/>), builds a BM25 query with field boosts (<see cref="RelevanceTuning"/>),
/// applies the request's filters, counts facets over all matches and highlights each hit. Thread-safe;
/// register as a singleton next to the index. Each search holds a searcher from the index's
/// <see cref="SearcherManager"/>, so searches keep working while a sync writes.
/// </summary>
public sealed class MinutesSearcher(MinutesIndex index, ILogger<MinutesSearcher>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public SearchResponse Search(SearchRequest request) => Search(request, countFacets: true, pick: null);

    /// <summary>
    /// <see cref="Search(SearchRequest)"/> for callers that use only some of the hits (answers): facets
    /// only if asked for, and snippets only for the hits <paramref name="pick"/> keeps, in its order.
    /// </summary>
    internal SearchResponse Search(SearchRequest request, bool countFacets, Func<IReadOnlyList<SearchHit>, IEnumerable<SearchHit>>? pick)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var text = request.Q?.Trim() ?? "";
        var limit = Math.Clamp(request.Limit, 1, SearchRequest.MaxLimit);
        var offset = Math.Max(0, request.Offset);

        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var (interpreted, built, filter, query) = Prepare(searcher, request, text);
        var interpretedAs = Describe(interpreted, built, request);
        var didYouMean = DidYouMean(text, built.Corrections);
        if (query is null)
        {
            return new SearchResponse(text, interpretedAs, 0, clock.ElapsedMilliseconds, [], new SearchFacets(), didYouMean);
        }

        var facets = countFacets ? new FacetCollector() : null;
        var (page, total) = Top(searcher, built, query, filter, offset, limit, facets);
        var ranked = page.Select(sd => ToHit(searcher, sd)).ToList();
        var hits = (pick is null ? ranked : pick(ranked)).Select(hit => WithSnippet(hit, built)).ToList();

        _logger.LogDebug(
            "Searched {Query} as {InterpretedAs}: {Total} matches in {ElapsedMs} ms",
            text, interpretedAs, total, clock.ElapsedMilliseconds);
        return new SearchResponse(text, interpretedAs, total, clock.ElapsedMilliseconds, hits, facets?.Result() ?? new SearchFacets(), didYouMean);
    }

    /// <summary>
    /// The top passages only: the same query, filters and ranking as <see cref="Search"/>, without
    /// facets, snippets or the description of how the query was read. For callers that need just the
    /// hits, and the figure comparable with plain Lucene in <c>minutes bench run</c>.
    /// </summary>
    public IReadOnlyList<StoredPassage> FindPassages(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Clamp(request.Limit, 1, SearchRequest.MaxLimit);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var (_, built, filter, query) = Prepare(searcher, request, request.Q?.Trim() ?? "");
        if (query is null)
        {
            return [];
        }

        var (page, _) = Top(searcher, built, query, filter, Math.Max(0, request.Offset), limit, also: null);
        return page.Select(sd => IndexCatalog.ToPassage(searcher.Doc(sd.Doc))).ToList();
    }

    /// <summary>
    /// One page of the ranking and the number of matches. The query's bonus clauses are scored for the
    /// best <see cref="RelevanceTuning.RescorePool"/> matches only (<see cref="Rescoring"/>).
    /// </summary>
    private static (IReadOnlyList<ScoreDoc> Page, int Total) Top(
        IndexSearcher searcher, BuiltQuery built, Query query, Filter? filter, int offset, int limit, ICollector? also)
    {
        var rescore = built.Query is not null && built.Bonus is not null;
        var depth = rescore ? Math.Max(offset + limit, RelevanceTuning.RescorePool) : offset + limit;
        var top = TopFieldCollector.Create(Rescoring.Ranking, depth, fillFields: rescore, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, filter, also is null ? top : MultiCollector.Wrap(top, also));
        if (!rescore)
        {
            return (top.GetTopDocs(offset, limit).ScoreDocs, top.TotalHits);
        }

        var pool = top.GetTopDocs().ScoreDocs.Cast<FieldDoc>().ToArray();
        return (Rescoring.Rescore(searcher, pool, built.Bonus!).Skip(offset).Take(limit).ToList(), top.TotalHits);
    }

    private (InterpretedQuery Interpreted, BuiltQuery Built, Filter? Filter, Query? Query) Prepare(IndexSearcher searcher, SearchRequest request, string text)
    {
        var interpreted = QueryInterpreter.Interpret(
            QueryText.Parse(text),
            Values(searcher.IndexReader, values => values.Body),
            Values(searcher.IndexReader, values => values.Municipality));
        var built = new QueryBuilder(searcher, index.Analysis.QueryAnalyzer, index.Analysis.IndexAnalyzer).Build(interpreted);
        var filter = Filter(request, out var filtered);
        return (interpreted, built, filter, built.Query ?? (filtered ? QueryBuilder.PassagesOnly() : null));
    }

    private static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc)
    {
        var passage = IndexCatalog.ToPassage(searcher.Doc(scoreDoc.Doc));
        return new SearchHit(passage.Id, scoreDoc.Score, passage.Kind, passage.Text, "", passage.Meeting, passage.Item, passage.Source);
    }

    private SearchHit WithSnippet(SearchHit hit, BuiltQuery built)
    {
        var snippet = SnippetBuilder.Build(index.Analysis.IndexAnalyzer, hit.Text, built.HighlightTerms, partTerms: built.PartTerms);
        if (hit.Item is { } item && !snippet.Contains("<mark>", StringComparison.Ordinal))
        {
            // A decision found through its item's title ("Døgndiamanten") shows the title that matched first.
            var title = SnippetBuilder.Build(index.Analysis.IndexAnalyzer, item.Title, built.HighlightTerms, partTerms: built.PartTerms);
            if (title.Contains("<mark>", StringComparison.Ordinal))
            {
                snippet = title + " — " + snippet;
            }
        }

        return hit with { Snippet = snippet };
    }

    /// <summary>
    /// The request's hard filters, or null without any. Queries themselves match passages only (file
    /// records hold no searched field), so an unfiltered search needs no filter to leap-frog through.
    /// </summary>
    private static Filter? Filter(SearchRequest request, out bool filtered)
    {
        var query = new BooleanQuery { { QueryBuilder.PassagesOnly(), Occur.MUST } };
        AddTerm(query, IndexFields.Body, request.Body);
        AddTerm(query, IndexFields.Kind, request.Kind?.Trim().ToLowerInvariant());
        AddTerm(query, IndexFields.Municipality, request.Municipality);
        if (request.From is not null || request.To is not null)
        {
            query.Add(
                NumericRangeQuery.NewInt32Range(
                    IndexFields.DateNumber,
                    request.From is { } from ? IndexDocuments.DateNumber(from) : null,
                    request.To is { } to ? IndexDocuments.DateNumber(to) : null,
                    true,
                    true),
                Occur.MUST);
        }

        filtered = query.Clauses.Count > 1;
        return filtered ? new QueryWrapperFilter(query) : null;
    }

    private static void AddTerm(BooleanQuery query, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
        }
    }

    /// <summary>
    /// The distinct values of a facet field, for recognising body and municipality names: read from the
    /// per-segment values the facets keep in memory, so a search does not walk the term dictionary.
    /// </summary>
    private static List<string> Values(IndexReader reader, Func<SegmentFacetValues, SegmentFacetValues.FieldValues> field) =>
        reader.Leaves.SelectMany(leaf => field(SegmentFacetValues.For(leaf.AtomicReader)).Values).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>E.g. "døgndiamanten · beslutninger foretrækkes · 2024".</summary>
    private static string Describe(InterpretedQuery query, BuiltQuery built, SearchRequest request)
    {
        var parts = new List<string>();
        // A year is searched as a word too, but shown once, as the period.
        var searched = built.Searched.Where(w => query.DateFrom is not { } from || w != from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (searched.Count > 0)
        {
            parts.Add(string.Join(' ', searched));
        }

        parts.AddRange(built.Corrections.Select(c => $"{c.Replacement.ToLower(DanishCulture.Info)} i stedet for {c.Original.ToLower(DanishCulture.Info)}"));
        if (query.DecisionIntent)
        {
            parts.Add("beslutninger foretrækkes");
        }

        if (query.DateLabel is not null)
        {
            parts.Add(query.DateLabel);
        }

        parts.AddRange(query.Bodies.Select(b => $"organ: {b}"));
        parts.AddRange(query.Municipalities.Select(m => $"kommune: {m}"));
        if (!string.IsNullOrWhiteSpace(request.Body))
        {
            parts.Add($"kun {request.Body}");
        }

        if (!string.IsNullOrWhiteSpace(request.Kind))
        {
            parts.Add($"kun {request.Kind}");
        }

        if (!string.IsNullOrWhiteSpace(request.Municipality))
        {
            parts.Add($"kun {request.Municipality}");
        }

        if (request.From is { } from)
        {
            parts.Add($"fra {from:yyyy-MM-dd}");
        }

        if (request.To is { } to)
        {
            parts.Add($"til {to:yyyy-MM-dd}");
        }

        return string.Join(" · ", parts);
    }

    private static string? DidYouMean(string text, IReadOnlyList<Correction> corrections)
    {
        if (corrections.Count == 0)
        {
            return null;
        }

        foreach (var correction in corrections)
        {
            var at = text.IndexOf(correction.Original, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), correction.Replacement, text.AsSpan(at + correction.Original.Length));
            }
        }

        return text;
    }
}
