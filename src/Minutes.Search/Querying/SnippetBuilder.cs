using System.Text;
using Lucene.Net.Analysis;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Cuts a snippet of about <see cref="RelevanceTuning.SnippetChars"/> characters out of a passage's
/// original text around its densest cluster of matches, and wraps matches in &lt;mark&gt;. The text
/// is analysed with the index analyzer and a token is marked when its term is one the query searched,
/// so stems, folded spellings and compound parts light up ("institution" marks "institutioner").
/// Everything else is HTML-escaped; cuts fall on word boundaries and are shown as "…".
/// </summary>
internal static class SnippetBuilder
{
    public static string Build(
        Analyzer analyzer, string text, IReadOnlySet<string> terms, int length = RelevanceTuning.SnippetChars, IReadOnlySet<string>? partTerms = null)
    {
        var spans = Matches(analyzer, text, terms, partTerms);
        var (start, end) = Window(text, spans, length);
        var snippet = new StringBuilder();
        if (start > 0)
        {
            snippet.Append('…');
        }

        var at = start;
        foreach (var (s, e) in spans.Where(m => m.Start >= start && m.End <= end))
        {
            AppendEscaped(snippet, text, at, s);
            snippet.Append("<mark>");
            AppendEscaped(snippet, text, s, e);
            snippet.Append("</mark>");
            at = e;
        }

        AppendEscaped(snippet, text, at, end);
        if (end < text.Length)
        {
            snippet.Append('…');
        }

        return snippet.ToString().Trim();
    }

    /// <summary>Character spans of matching tokens, merged where compound parts or synonyms overlap.</summary>
    internal static List<(int Start, int End)> Matches(Analyzer analyzer, string text, IReadOnlySet<string> terms, IReadOnlySet<string>? partTerms = null)
    {
        var spans = new List<(int Start, int End)>();
        if (terms.Count == 0)
        {
            return spans;
        }

        foreach (var token in MatchingTokens(analyzer, text, terms, partTerms).OrderBy(t => t.Start))
        {
            if (spans.Count > 0 && token.Start <= spans[^1].End)
            {
                spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, token.End));
            }
            else if (token.End > token.Start)
            {
                spans.Add((token.Start, token.End));
            }
        }

        return spans;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> whose term is searched. Snippets analyse whole passages,
    /// most of whose tokens match nothing: those are looked up from the term buffer, without a string.
    /// </summary>
    private static List<(int Start, int End)> MatchingTokens(Analyzer analyzer, string text, IReadOnlySet<string> terms, IReadOnlySet<string>? partTerms)
    {
        // The query's terms come as an ordinal HashSet; anything else is copied into one.
        if (terms is not HashSet<string> set || !set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            lookup = new HashSet<string>(terms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        var matches = new List<(int Start, int End)>();
        Tokens.Visit(analyzer, IndexFields.Text, text, (term, start, end, _, isPart) =>
        {
            if (lookup.TryGetValue(term, out var found) && !(isPart && partTerms?.Contains(found) == true))
            {
                matches.Add((start, end));
            }
        });
        return matches;
    }

    /// <summary>
    /// The window holding the most distinct matched words (then the most matches), starting a little
    /// before its first match and widened to whole words.
    /// </summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> spans, int length)
    {
        if (text.Length <= length)
        {
            return (0, text.Length);
        }

        var start = 0;
        if (spans.Count > 0)
        {
            int bestScore = -1, best = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                var inside = spans.Skip(i).TakeWhile(s => s.End <= spans[i].Start + length - 40).ToList();
                var distinct = inside.Select(s => text[s.Start..s.End].ToLowerInvariant()).Distinct().Count();
                var score = distinct * 1000 + inside.Count;
                if (score > bestScore)
                {
                    (bestScore, best) = (score, i);
                }
            }

            start = Math.Max(0, spans[best].Start - 40);
        }

        start = Math.Min(start, Math.Max(0, text.Length - length));
        var end = Math.Min(text.Length, start + length);
        if (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            // Move forward to the start of a word, but never past the first match.
            var limit = spans.Where(s => s.Start >= start).Select(s => s.Start).DefaultIfEmpty(end).First();
            var space = IndexOfWhiteSpace(text, start, Math.Min(limit, start + 30));
            if (space >= 0)
            {
                start = space + 1;
            }
        }

        if (end < text.Length)
        {
            var space = LastIndexOfWhiteSpace(text, Math.Max(start, end - 30), end);
            if (space > start && !spans.Any(s => s.Start < space && s.End > space))
            {
                end = space;
            }
        }

        return (start, end);
    }

    private static int IndexOfWhiteSpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOfWhiteSpace(string text, int from, int to)
    {
        for (var i = to; i >= from && i < text.Length; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Escapes HTML (only the five special characters, so æøå stay readable) and folds runs of whitespace and line breaks into one space.</summary>
    private static void AppendEscaped(StringBuilder snippet, string text, int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        var part = new StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (part.Length == 0 || part[^1] != ' ')
                {
                    part.Append(' ');
                }
            }
            else
            {
                part.Append(text[i]);
            }
        }

        if (snippet.Length > 0 && snippet[^1] == ' ' && part.Length > 0 && part[0] == ' ')
        {
            part.Remove(0, 1);
        }

        foreach (var c in part.ToString())
        {
            snippet.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
    }
}
