using Minutes.Core;
using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Suggestions while typing, straight from the index's term dictionaries (Lucene.Net.Suggest is not
/// available): the last word typed is looked up as a prefix with <see cref="TermsEnum.SeekCeil(BytesRef)"/>
/// and completed with (1) frequent words of the text, shown as written in the minutes ("døgnd" →
/// "Døgndiamanten", not the stem "døgndiamant"), (2) body names with a word starting so ("børn" →
/// "Netværksgruppe Børn og Unge") and (3) agenda item titles with such a word. Thread-safe; register as
/// a singleton next to the index. Costs a few term seeks and small searches, so it can run on every
/// (debounced) keystroke.
/// </summary>
public sealed partial class Suggester(MinutesIndex index)
{
    /// <summary>A last word shorter than this (after trimming quotes and operators) gets no suggestions.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>Most suggestions returned.</summary>
    public const int MaxLimit = 20;

    /// <summary>Dictionary terms read per prefix; a two-letter prefix in a large corpus stops here.</summary>
    private const int MaxTermsScanned = 5_000;

    /// <summary>Title terms combined into the title lookup (BooleanQuery allows 1,024).</summary>
    private const int MaxTitleTerms = 64;

    /// <summary>Passages read to find how a completed word is written.</summary>
    private const int SurfaceDocs = 3;

    private const int MaxBodies = 2;

    /// <summary>Item passages read to rank titles by date among equal matches.</summary>
    private const int MaxTitleHits = 200;

    /// <summary>Suggestions for <paramref name="text"/>: completed words first, then bodies, then item titles.</summary>
    /// <param name="text">What has been typed, e.g. "hvad blev besluttet om døgnd".</param>
    /// <param name="limit">Clamped to 1..<see cref="MaxLimit"/>. <value>Default 8.</value></param>
    public SuggestResponse Suggest(string? text, int limit = 8)
    {
        text ??= "";
        limit = Math.Clamp(limit, 1, MaxLimit);
        var (before, word) = SplitLastWord(text);
        var prefix = index.Analysis.Fold(word);
        if (prefix.Length < MinPrefixLength)
        {
            return new SuggestResponse(text, []);
        }

        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var terms = Words(searcher, prefix, before, limit);
        var bodies = Bodies(searcher, prefix, before, text);
        var titles = Titles(searcher, prefix, word, before, limit);

        var termQuota = (limit + 1) / 2;
        var merged = terms.Take(termQuota).Concat(bodies).Concat(titles).Take(limit).ToList();
        merged.InsertRange(Math.Min(termQuota, terms.Count), terms.Skip(termQuota).Take(limit - merged.Count));
        return new SuggestResponse(text, merged);
    }

    /// <summary>Splits off the word being typed; quotes and +/- before it stay with the rest.</summary>
    internal static (string Before, string Word) SplitLastWord(string text)
    {
        var start = text.Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var word = text[start..];
        return word.All(c => char.IsLetterOrDigit(c) || c == '-') ? (text[..start], word) : (text, "");
    }

    /// <summary>Frequent text terms starting with the prefix, each shown as the minutes write it.</summary>
    private List<Suggestion> Words(IndexSearcher searcher, string prefix, string before, int limit)
    {
        var digits = char.IsDigit(prefix[0]);
        var candidates = PrefixTerms(searcher.IndexReader, IndexFields.Text, prefix)
            .Where(t => t.Term.Length > prefix.Length && t.Term.All(c => digits ? char.IsDigit(c) : char.IsLetter(c)))
            .OrderByDescending(t => t.DocFreq)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(limit * 2);

        var seen = new HashSet<string>(StringComparer.Ordinal) { prefix };
        var suggestions = new List<Suggestion>();
        foreach (var (term, _) in candidates)
        {
            if (Surface(searcher, term, prefix) is { } surface && IsRealWord(searcher, term, surface) && seen.Add(index.Analysis.Fold(surface)))
            {
                suggestions.Add(new Suggestion(surface, SuggestionKinds.Term, before + surface, null));
            }
        }

        return suggestions;
    }

    /// <summary>
    /// Whether a completed word is worth offering: a word of the Danish word list, a compound of its words
    /// ("Døgndiamanten" = døgn + diamanten), or a word met in several meetings. What is left is OCR debris
    /// and typing slips of one document ("plejefamiliendndbog").
    /// </summary>
    private bool IsRealWord(IndexSearcher searcher, string term, string surface)
    {
        var folded = index.Analysis.Fold(surface);
        var splitter = index.Analysis.CompoundSplitter;
        if (splitter.IsWord(folded) || splitter.Split(folded).Count > 0)
        {
            return true;
        }

        var meetings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scoreDoc in searcher.Search(new TermQuery(new Term(IndexFields.Text, term)), MeetingsForUnknownWords * 20).ScoreDocs)
        {
            if (searcher.Doc(scoreDoc.Doc).Get(IndexFields.MeetingId) is { } meeting && meetings.Add(meeting) && meetings.Count >= MeetingsForUnknownWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word neither in the word list nor a compound of its words is suggested once met in this many meetings.</summary>
    private const int MeetingsForUnknownWords = 2;

    /// <summary>
    /// How the term is written in the passages that contain it: a word starting with the prefix whose
    /// analysis yields the term. A word met only at the start of a sentence is lower-cased ("Der" → "der"),
    /// one met capitalised mid-sentence is a name and kept ("Døgndiamanten"). Null when no such word is
    /// found (the term is only a compound part inside longer words, or its passages were deleted).
    /// </summary>
    private string? Surface(IndexSearcher searcher, string term, string prefix)
    {
        string? atSentenceStart = null;
        foreach (var scoreDoc in searcher.Search(new TermQuery(new Term(IndexFields.Text, term)), SurfaceDocs).ScoreDocs)
        {
            var text = searcher.Doc(scoreDoc.Doc).Get(IndexFields.Text) ?? "";
            foreach (Match match in WordPattern().Matches(text))
            {
                if (!index.Analysis.Fold(match.Value).StartsWith(prefix, StringComparison.Ordinal)
                    || !Tokens.Analyze(index.Analysis.IndexAnalyzer, IndexFields.Text, match.Value).Any(t => t.Term == term))
                {
                    continue;
                }

                if (!StartsSentence(text, match.Index))
                {
                    return match.Value;
                }

                atSentenceStart ??= match.Value;
            }
        }

        return atSentenceStart is null
            ? null
            : string.Concat(atSentenceStart[..1].ToLower(DanishCulture.Info), atSentenceStart.AsSpan(1));
    }

    private static bool StartsSentence(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '.' or ':' or '!' or '?' or '|';
    }

    /// <summary>
    /// Bodies with a word starting with the prefix, most passages first. When everything typed is the
    /// start of the body's name, choosing it replaces the whole query; else it replaces the last word.
    /// </summary>
    private List<Suggestion> Bodies(IndexSearcher searcher, string prefix, string before, string text)
    {
        var typed = index.Analysis.Fold(text.Trim());
        var found = new List<(string Body, int Count, bool Whole)>();
        foreach (var (body, _) in PrefixTerms(searcher.IndexReader, IndexFields.Body, ""))
        {
            var folded = index.Analysis.Fold(body);
            var whole = folded.StartsWith(typed, StringComparison.Ordinal);
            if (!whole && !WordPattern().Matches(body).Any(w => index.Analysis.Fold(w.Value).StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            // Counted with a search so a body whose minutes were all removed (terms linger until merge) drops out.
            var count = searcher.Search(Passages(new TermQuery(new Term(IndexFields.Body, body))), 1).TotalHits;
            if (count > 0)
            {
                found.Add((body, count, whole));
            }
        }

        return found
            .OrderByDescending(b => b.Count)
            .ThenBy(b => b.Body, StringComparer.Ordinal)
            .Take(MaxBodies)
            .Select(b => new Suggestion(b.Body, SuggestionKinds.Body, b.Whole ? b.Body : before + b.Body, null))
            .ToList();
    }

    /// <summary>
    /// Agenda items whose title has a word starting with the prefix (or, for a whole word, its stem:
    /// "målgruppe" → "målgrupp"), ranked by how many of the earlier words the title also has, then newest.
    /// </summary>
    private List<Suggestion> Titles(IndexSearcher searcher, string prefix, string word, string before, int limit)
    {
        var prefixes = new List<string> { prefix };
        var stem = Tokens.Analyze(index.FieldAnalyzer, IndexFields.Title, word).Select(t => t.Term).FirstOrDefault();
        if (stem is not null && !stem.StartsWith(prefix, StringComparison.Ordinal))
        {
            prefixes.Add(stem);
        }

        var terms = prefixes
            .SelectMany(p => PrefixTerms(searcher.IndexReader, IndexFields.Title, p))
            .OrderByDescending(t => t.DocFreq)
            .Take(MaxTitleTerms)
            .ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var anyTerm = new BooleanQuery();
        foreach (var (term, _) in terms)
        {
            anyTerm.Add(new TermQuery(new Term(IndexFields.Title, term)), Occur.SHOULD);
        }

        var query = new BooleanQuery
        {
            { new ConstantScoreQuery(anyTerm), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Kind, PassageKinds.Item)), Occur.MUST },
        };
        foreach (var token in Tokens.Analyze(index.FieldAnalyzer, IndexFields.Title, before))
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Title, token.Term))), Occur.SHOULD);
        }

        // Scores count the earlier words the title has (constant scores); newest first among equals.
        var ranked = searcher.Search(query, MaxTitleHits).ScoreDocs
            .Select(sd => (sd.Score, Doc: searcher.Doc(sd.Doc)))
            .OrderByDescending(h => h.Score)
            .ThenByDescending(h => h.Doc.Get(IndexFields.Date) ?? "", StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var suggestions = new List<Suggestion>();
        foreach (var (_, doc) in ranked)
        {
            var title = doc.Get(IndexFields.ItemTitle);
            if (string.IsNullOrWhiteSpace(title) || !seen.Add(index.Analysis.Fold(title)))
            {
                continue;
            }

            suggestions.Add(new Suggestion(title, SuggestionKinds.Title, title, Detail(doc.Get(IndexFields.Body), doc.Get(IndexFields.Date))));
            if (suggestions.Count == limit)
            {
                break;
            }
        }

        return suggestions;
    }

    /// <summary>"Netværksgruppe Børn og Unge, 14. juni 2024".</summary>
    private static string? Detail(string? body, string? date)
    {
        var shownDate = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.ToString("d. MMMM yyyy", DanishCulture.Info)
            : null;
        var parts = new[] { body, shownDate }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static BooleanQuery Passages(Query query) => new()
    {
        { query, Occur.MUST },
        { new TermQuery(new Term(IndexFields.DocType, IndexFields.PassageType)), Occur.MUST },
    };

    /// <summary>The terms of <paramref name="field"/> starting with <paramref name="prefix"/>, in dictionary order.</summary>
    private static IEnumerable<(string Term, int DocFreq)> PrefixTerms(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            yield break;
        }

        var iterator = terms.GetEnumerator();
        var start = new BytesRef(prefix);
        if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }

        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(iterator.Term, start))
            {
                yield break;
            }

            yield return (iterator.Term.Utf8ToString(), iterator.DocFreq);
        }
        while (++scanned < MaxTermsScanned && iterator.MoveNext());
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*")]
    private static partial Regex WordPattern();
}
