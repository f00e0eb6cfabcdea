using Lucene.Net.Index;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// The secretary's "have we decided this before?": the decision passages matching a topic across all
/// meetings, grouped into matters so the same matter followed over several meetings reads as a history.
/// </summary>
/// <remarks>
/// Decisions are found with <see cref="MinutesSearcher"/> (same analysis, spelling help and filters as
/// search), restricted to decision passages; those scoring under <see cref="RelevanceFloor"/> of the best
/// are dropped, since a decision matching only a side word is not about the topic. Two decisions belong
/// to one matter when their agenda item titles name the same words of the topic ("Drøfte fremtidig
/// målgruppe for døgninstitutionen Døgndiamanten" and "Status på Døgndiamanten" for the topic
/// Døgndiamanten), or, when the titles do not name the topic, share most of their weight, each title
/// word weighted by how rare it is in the index, so two items sharing only "orientering" stay apart.
/// </remarks>
public sealed class DecisionHistory(MinutesIndex index, MinutesSearcher searcher)
{
    /// <summary>Share of the best score a decision needs to count as on topic.</summary>
    public const float RelevanceFloor = 0.4f;

    /// <summary>Weighted share of title words two items need in common to be one matter.</summary>
    public const double SameMatter = 0.5;

    public DecisionHistoryResponse Find(DecisionHistoryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = searcher.Search(new SearchRequest
        {
            Q = request.Q,
            Kind = PassageKinds.Decision,
            Body = request.Body,
            From = request.From,
            To = request.To,
            Limit = SearchRequest.MaxLimit,
        });
        if (found.Hits.Count == 0)
        {
            return new DecisionHistoryResponse(found.Query, found.InterpretedAs, 0, []);
        }

        var floor = found.Hits[0].Score * RelevanceFloor;
        var hits = found.Hits.Where(h => h.Score >= floor).ToList();
        var matters = Group(hits, TopicTerms(found.Query))
            .Select(ToMatter)
            .OrderByDescending(m => m.Latest ?? DateOnly.MinValue)
            .ThenByDescending(m => m.Decisions.Max(d => d.Score))
            .ToList();
        return new DecisionHistoryResponse(found.Query, found.InterpretedAs, hits.Count, matters);
    }

    private static DecisionMatter ToMatter(List<SearchHit> hits)
    {
        var entries = hits
            .OrderByDescending(h => h.Meeting.Date ?? DateOnly.MinValue)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .Select(h => new DecisionEntry(h.Id, h.Score, h.Text, h.Snippet, h.Meeting, h.Item, h.Source))
            .ToList();
        var dates = entries.Where(e => e.Meeting.Date is not null).Select(e => e.Meeting.Date!.Value).ToList();
        return new DecisionMatter(
            entries[0].Item?.Title ?? entries[0].Meeting.Title,
            entries.Select(e => e.Meeting.Id).Distinct(StringComparer.Ordinal).Count(),
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null,
            entries);
    }

    /// <summary>Single-link grouping of the hits by the weighted overlap of their item titles.</summary>
    private List<List<SearchHit>> Group(List<SearchHit> hits, IReadOnlySet<string> topic)
    {
        var titles = hits.Select(Title).Distinct(StringComparer.Ordinal).ToList();
        var weights = TitleWeights(titles);
        var named = weights.Select(w => w.Keys.Where(topic.Contains).ToHashSet(StringComparer.Ordinal)).ToList();
        var parent = Enumerable.Range(0, titles.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < titles.Count; i++)
        {
            for (var j = i + 1; j < titles.Count; j++)
            {
                var sameTopic = named[i].Count > 0 && named[i].SetEquals(named[j]);
                if (sameTopic || Overlap(weights[i], weights[j]) >= SameMatter)
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        var index = titles.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        return hits.GroupBy(h => Root(index[Title(h)])).Select(g => g.ToList()).ToList();
    }

    /// <summary>The topic's words as the title field holds them, question words and excluded words left out.</summary>
    private HashSet<string> TopicTerms(string query) =>
        QueryInterpreter.Interpret(QueryText.Parse(query), [], []).Clauses
            .Where(c => !c.Negated)
            .SelectMany(c => Tokens.Analyze(index.FieldAnalyzer, IndexFields.Title, c.Text))
            .Select(t => t.Term)
            .ToHashSet(StringComparer.Ordinal);

    private static string Title(SearchHit hit) => hit.Item?.Title ?? hit.Meeting.Title;

    /// <summary>Each title's analysed words, weighted by inverse document frequency in the title field.</summary>
    private List<Dictionary<string, double>> TitleWeights(List<string> titles)
    {
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var documents = Math.Max(1, reader.NumDocs);
        return titles
            .Select(title => Tokens.Analyze(index.FieldAnalyzer, IndexFields.Title, title)
                .Select(t => t.Term)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(
                    t => t,
                    t => Math.Log(1 + documents / (1.0 + reader.DocFreq(new Term(IndexFields.Title, t)))),
                    StringComparer.Ordinal))
            .ToList();
    }

    private static double Overlap(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var smaller = Math.Min(a.Values.Sum(), b.Values.Sum());
        if (smaller <= 0)
        {
            return 0;
        }

        var shared = a.Where(p => b.ContainsKey(p.Key)).Sum(p => p.Value);
        return shared / smaller;
    }
}
