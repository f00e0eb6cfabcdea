using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Finds the index term closest to a query term that is not in the index, by edit distance
/// (insert, delete, substitute, swap) on the analysed form: "døgndiamnten" analyses to a stem one
/// edit away from the stem of "Døgndiamanten". Ties go to the more frequent term. Walks the text
/// field's term dictionary, which is fine for a municipality's minutes (tens of thousands of terms).
/// </summary>
internal static class SpellingCorrector
{
    /// <summary>Shorter terms are never corrected: too many neighbours.</summary>
    public const int MinLength = 4;

    public static string? Correct(IndexReader reader, string field, string term)
    {
        if (term.Length < MinLength || !term.All(char.IsLetter))
        {
            return null;
        }

        var maxEdits = term.Length >= 7 ? 2 : 1;
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return null;
        }

        string? best = null;
        int bestDistance = int.MaxValue, bestFrequency = 0;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            var candidate = iterator.Term.Utf8ToString();
            if (Math.Abs(candidate.Length - term.Length) > maxEdits || candidate.Length < MinLength - 1)
            {
                continue;
            }

            var distance = Distance(term, candidate, maxEdits);
            if (distance > maxEdits)
            {
                continue;
            }

            var frequency = iterator.DocFreq;
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        return best;
    }

    /// <summary>
    /// The word as it is written in the text for an index term: the original of the first token with
    /// that term in the best passage containing it ("døgndiamant" → "Døgndiamanten").
    /// </summary>
    public static string SurfaceForm(IndexSearcher searcher, Lucene.Net.Analysis.Analyzer analyzer, string term)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Text, term)), 1);
        if (top.ScoreDocs.Length == 0)
        {
            return term;
        }

        var text = searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.Text) ?? "";
        foreach (var token in Tokens.Analyze(analyzer, IndexFields.Text, text))
        {
            if (token.Term == term && token.End > token.Start)
            {
                return text[token.Start..token.End];
            }
        }

        return term;
    }

    /// <summary>Optimal string alignment distance, giving up early once it exceeds <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
