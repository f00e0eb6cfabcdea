using Minutes.Core;
using System.Globalization;
using System.Text;

namespace Minutes.Search.Answers;

/// <summary>
/// Writes chosen sentences as an answer: one line per meeting item, opened by where it was said
/// ("Netværksgruppe Børn og Unge, 14. juni 2024, punkt 6: "), each sentence followed by its source
/// number before its full stop ("… målgrupper [1].").
/// </summary>
internal static class AnswerWriter
{
    private static CultureInfo Danish => DanishCulture.Info;

    /// <summary>One line per meeting item: where it was said, then the sentences, each with its [n].</summary>
    /// <param name="dated">
    /// Open the first line with the meeting's date as the answer to "hvornår": "Besluttet på mødet
    /// 14. juni 2024 (Netværksgruppe Børn og Unge, punkt 6): …".
    /// </param>
    public static string Write(List<ScoredSentence> chosen, bool dated = false)
    {
        var answer = new StringBuilder();
        string? place = null;
        foreach (var sentence in chosen)
        {
            var here = Place(sentence.Citation);
            if (here != place)
            {
                if (answer.Length > 0)
                {
                    answer.Append('\n');
                }

                answer.Append(answer.Length == 0 && dated && Dated(sentence.Citation) is { } opener ? opener : here).Append(": ");
                place = here;
            }
            else
            {
                answer.Append(' ');
            }

            answer.Append(Cited(Shorten(sentence.Text), sentence.Citation.Number));
        }

        return answer.ToString();
    }

    /// <summary>"Netværksgruppe Børn og Unge, 14. juni 2024, punkt 6".</summary>
    public static string Place(Citation citation)
    {
        var parts = new List<string> { citation.Meeting.Body ?? citation.Meeting.Title };
        if (citation.Meeting.Date is { } date)
        {
            parts.Add(date.ToString("d. MMMM yyyy", Danish));
        }

        if (citation.Item is { } item)
        {
            parts.Add(string.IsNullOrWhiteSpace(item.Number)
                ? $"punktet \"{Shorten(item.Title, 60)}\""
                : $"punkt {item.Number.Trim().TrimEnd('.', ')')}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>"Besluttet på mødet 14. juni 2024 (Netværksgruppe Børn og Unge, punkt 6)"; null without a meeting date.</summary>
    private static string? Dated(Citation citation)
    {
        if (citation.Meeting.Date is not { } date)
        {
            return null;
        }

        var verb = citation.Kind == Indexing.PassageKinds.Decision ? "Besluttet" : "Behandlet";
        var where = new List<string> { citation.Meeting.Body ?? citation.Meeting.Title };
        if (citation.Item is { } item)
        {
            where.Add(string.IsNullOrWhiteSpace(item.Number)
                ? $"punktet \"{Shorten(item.Title, 60)}\""
                : $"punkt {item.Number.Trim().TrimEnd('.', ')')}");
        }

        return $"{verb} på mødet {date.ToString("d. MMMM yyyy", Danish)} ({string.Join(", ", where)})";
    }

    /// <summary>"… målgrupper [1]." — the number goes before the sentence's full stop.</summary>
    private static string Cited(string sentence, int number) =>
        sentence.EndsWith('.') && !sentence.EndsWith("..", StringComparison.Ordinal)
            ? $"{sentence[..^1]} [{number}]."
            : $"{sentence} [{number}]";

    private static string Shorten(string text, int max = 400)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':') + " …";
    }
}
