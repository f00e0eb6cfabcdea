using Minutes.Core;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
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
public sealed partial class MinutesSearcher(MinutesIndex index, ILogger<MinutesSearcher>? logger = null, RankingOptions? ranking = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly RankingOptions _ranking = ranking ?? new RankingOptions();

    /// <summary>How many passages deep a grouped search looks per hit asked for (at least <see cref="RelevanceTuning.RescorePool"/>).</summary>
    private const int GroupPoolPerHit = 20;

    public SearchResponse Search(SearchRequest request) => Search(request, countFacets: true, pick: null);

    /// <summary>
    /// <see cref="Search(SearchRequest)"/> for callers that use only some of the hits (answers): facets
    /// only if asked for, and snippets only for the hits <paramref name="pick"/> keeps, in its order.
    /// </summary>
    /// <param name="questionVector">The question's embedding for hybrid retrieval (<see cref="QuestionVectorAsync"/>); null searches lexically.</param>
    internal SearchResponse Search(
        SearchRequest request, bool countFacets, Func<IReadOnlyList<SearchHit>, IEnumerable<SearchHit>>? pick, float[]? questionVector = null)
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
        var didYouMean = DidYouMean(text, built.Suggestions);
        if (query is null)
        {
            return new SearchResponse(text, interpretedAs, 0, clock.ElapsedMilliseconds, [], new SearchFacets(), didYouMean);
        }

        var grouped = request.GroupByItem && _ranking.Grouping;
        var facets = countFacets ? new FacetCollector(byItem: grouped) : null;
        var counter = grouped ? new GroupCounter() : null;
        var depth = grouped ? Math.Max(RelevanceTuning.RescorePool, (offset + limit) * GroupPoolPerHit) : offset + limit;
        // A date-sorted list has no relevance order to fuse with the vectors' ranking.
        var byDate = ByDate(request);
        var (ranked, total) = questionVector is null || byDate
            ? Rank(searcher, built, query, filter, depth, Collectors(facets, counter), byDate)
            : FusedRank(searcher, built, query, filter, depth, Collectors(facets, counter), questionVector);
        List<SearchHit> page;
        if (grouped)
        {
            total = counter!.Result();
            page = Group(searcher, ranked).Skip(offset).Take(limit)
                .Select(g => ToHit(searcher, g[0]) with { Places = g.Count, OtherPlaces = g.Skip(1).Take(OtherPlace.Max).Select(sd => Other(searcher, sd)).ToList() })
                .ToList();
        }
        else
        {
            page = ranked.Skip(offset).Take(limit).Select(sd => ToHit(searcher, sd)).ToList();
        }

        var hits = (pick is null ? page : pick(page)).Select(hit => WithSnippet(hit, built)).ToList();

        _logger.LogDebug(
            "Searched {Query} as {InterpretedAs}: {Total} matches in {ElapsedMs} ms",
            text, interpretedAs, total, clock.ElapsedMilliseconds);
        return new SearchResponse(text, interpretedAs, total, clock.ElapsedMilliseconds, hits, facets?.Result() ?? new SearchFacets(), didYouMean);
    }

    /// <summary>
    /// The top passages only: the same query, filters and ranking as <see cref="Search"/>, ungrouped, without
    /// facets, snippets or the description of how the query was read. For callers that need just the
    /// hits, and the figure comparable with plain Lucene in <c>minutes bench run</c>.
    /// </summary>
    public IReadOnlyList<StoredPassage> FindPassages(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Clamp(request.Limit, 1, SearchRequest.MaxLimit);
        var offset = Math.Max(0, request.Offset);
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var (_, built, filter, query) = Prepare(searcher, request, request.Q?.Trim() ?? "");
        if (query is null)
        {
            return [];
        }

        var (ranked, _) = Rank(searcher, built, query, filter, offset + limit, also: null, ByDate(request));
        return ranked.Skip(offset).Take(limit).Select(sd => IndexCatalog.ToPassage(searcher.Doc(sd.Doc))).ToList();
    }

    private static ICollector? Collectors(ICollector? a, ICollector? b) =>
        a is null ? b : b is null ? a : MultiCollector.Wrap(a, b);

    /// <summary>
    /// The best <paramref name="depth"/> matches in order, and the number of matches. The query's bonus
    /// clauses are scored for the best <see cref="RelevanceTuning.RescorePool"/> (or depth) matches only
    /// (<see cref="Rescoring"/>).
    /// </summary>
    private static (IReadOnlyList<ScoreDoc> Ranked, int Total) Rank(
        IndexSearcher searcher, BuiltQuery built, Query query, Filter? filter, int depth, ICollector? also, bool byDate = false)
    {
        // By date the bonus would only reorder passages of one day: not worth a rescoring pass.
        var rescore = !byDate && built.Query is not null && built.Bonus is not null;
        depth = rescore ? Math.Max(depth, RelevanceTuning.RescorePool) : depth;
        var top = TopFieldCollector.Create(byDate ? SearchSort.ByDate : Rescoring.Ranking, depth, fillFields: rescore, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, filter, also is null ? top : MultiCollector.Wrap(top, also));
        if (!rescore)
        {
            return (top.GetTopDocs().ScoreDocs, top.TotalHits);
        }

        var pool = top.GetTopDocs().ScoreDocs.Cast<FieldDoc>().ToArray();
        return (Rescoring.Rescore(searcher, pool, built.Bonus!), top.TotalHits);
    }

    /// <summary>
    /// The ranked passages as groups of one agenda item each (<see cref="IndexFields.Group"/>), in the order
    /// of each group's best passage; a meeting header is a group of its own.
    /// </summary>
    private static List<List<ScoreDoc>> Group(IndexSearcher searcher, IReadOnlyList<ScoreDoc> ranked)
    {
        var leaves = searcher.IndexReader.Leaves;
        var values = new SortedDocValues?[leaves.Count];
        var groups = new List<List<ScoreDoc>>();
        var byKey = new Dictionary<long, List<ScoreDoc>>();
        foreach (var hit in ranked)
        {
            var leaf = ReaderUtil.SubIndex(hit.Doc, leaves);
            var docValues = values[leaf] ??= leaves[leaf].AtomicReader.GetSortedDocValues(IndexFields.Group);
            var ord = docValues?.GetOrd(hit.Doc - leaves[leaf].DocBase) ?? -1;
            // Segment and ordinal make the key; a passage without a group value stands alone.
            var key = ord < 0 ? -1L - hit.Doc : ((long)leaf << 32) | (uint)ord;
            if (!byKey.TryGetValue(key, out var group))
            {
                group = [];
                byKey[key] = group;
                groups.Add(group);
            }

            group.Add(hit);
        }

        foreach (var group in groups)
        {
            Lead(group, leaves);
        }

        return groups;
    }

    /// <summary>
    /// Puts first the passage a grouped hit shows: the best one, unless one earlier in the item (its first
    /// window holds its heading and decision) scores nearly as well (<see cref="RelevanceTuning.EarlierPlace"/>).
    /// </summary>
    private static void Lead(List<ScoreDoc> group, IList<AtomicReaderContext> leaves)
    {
        if (group.Count < 2)
        {
            return;
        }

        var best = group[0].Score;
        var lead = group
            .Where(h => h.Score >= best * RelevanceTuning.EarlierPlace)
            .OrderBy(h => Place(h, leaves))
            .First();
        if (!ReferenceEquals(lead, group[0]))
        {
            group.Remove(lead);
            group.Insert(0, lead);
        }
    }

    /// <summary>Where a passage stands in its item: its window number ("…:item:2" → 2, "…:item" → 1); decision passages after the windows.</summary>
    private static int Place(ScoreDoc hit, IList<AtomicReaderContext> leaves)
    {
        var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
        var ids = leaf.AtomicReader.GetSortedDocValues(IndexFields.PassageId);
        if (ids is null)
        {
            return int.MaxValue;
        }

        var id = new BytesRef();
        ids.Get(hit.Doc - leaf.DocBase, id);
        var text = id.Utf8ToString();
        var colon = text.LastIndexOf(':');
        return text.EndsWith(":item", StringComparison.Ordinal) ? 1
            : text.Contains(":item:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(colon + 1), out var window) ? window
            : 1_000;
    }

    private static bool ByDate(SearchRequest request) => string.Equals(request.Sort, SearchSort.Date, StringComparison.OrdinalIgnoreCase);

    private (InterpretedQuery Interpreted, BuiltQuery Built, Filter? Filter, Query? Query) Prepare(IndexSearcher searcher, SearchRequest request, string text)
    {
        var interpreted = QueryInterpreter.Interpret(
            QueryText.Parse(text),
            Values(searcher.IndexReader, values => values.Body),
            Values(searcher.IndexReader, values => values.Municipality));
        var built = new QueryBuilder(searcher, index.Analysis.QueryAnalyzer, index.Analysis.IndexAnalyzer, _ranking, _ranking.Spelling || _ranking.Thesaurus ? index.Analysis.Lexicon : null).Build(interpreted);
        // Filters alone (no query text at all) browse their passages. Text without a searchable word ("*", "NOT",
        // "-", punctuation, emoji) matches nothing, filters or not, so /api/decisions (a search with
        // kind=decision) finds no decision where /api/search finds no passage.
        var filter = Filter(request, out var filtered);
        return (interpreted, built, filter, built.Query ?? (filtered && text.Length == 0 ? QueryBuilder.PassagesOnly() : null));
    }

    private static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc)
    {
        var passage = IndexCatalog.ToPassage(searcher.Doc(scoreDoc.Doc));
        return new SearchHit(passage.Id, scoreDoc.Score, passage.Kind, passage.Text, "", passage.Meeting, passage.Item, passage.Source);
    }

    /// <summary>Another place of a hit's item; its snippet holds the passage text until <see cref="WithSnippet"/> cuts it.</summary>
    private static OtherPlace Other(IndexSearcher searcher, ScoreDoc scoreDoc)
    {
        var passage = IndexCatalog.ToPassage(searcher.Doc(scoreDoc.Doc));
        return new OtherPlace(passage.Id, passage.Kind, passage.Text, passage.Source.Page);
    }

    private SearchHit WithSnippet(SearchHit hit, BuiltQuery built)
    {
        var others = hit.OtherPlaces.Select(o => o with { Snippet = SnippetBuilder.Build(index.Analysis.IndexAnalyzer, o.Snippet, built.HighlightTerms, partTerms: built.PartTerms) }).ToList();
        hit = hit with { OtherPlaces = others };
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
        // A corrected word is named once, where it was searched. The typed word is searched too (it may be a
        // valid word the index lacks), so the correction reads as an alternative: "også døgndiamanten for døgndiamantn".
        var unplaced = new List<string>();
        foreach (var correction in built.Corrections)
        {
            var replacement = correction.Replacement.ToLower(DanishCulture.Info);
            var original = correction.Original.ToLower(DanishCulture.Info);
            var note = $"også {replacement} for {original}";
            var at = searched.FindIndex(w => string.Equals(w, replacement, StringComparison.Ordinal) || string.Equals(w, original, StringComparison.Ordinal));
            if (at >= 0)
            {
                searched[at] = note;
                searched.RemoveAll(w => !ReferenceEquals(w, note) && (string.Equals(w, replacement, StringComparison.Ordinal) || string.Equals(w, original, StringComparison.Ordinal)));
            }
            else
            {
                unplaced.Add(note);
            }
        }

        if (searched.Count > 0)
        {
            parts.Add(string.Join(' ', searched));
        }

        parts.AddRange(unplaced);
        if (query.DecisionIntent)
        {
            parts.Add("beslutninger foretrækkes");
        }

        if (query.HeaderIntent)
        {
            parts.Add("mødeoplysninger foretrækkes");
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
            parts.Add($"fra {from.ToString("d. MMMM yyyy", DanishCulture.Info)}");
        }

        if (request.To is { } to)
        {
            parts.Add($"til {to.ToString("d. MMMM yyyy", DanishCulture.Info)}");
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
