using System.Text;

namespace Minutes.Core;

/// <summary>
/// Text reduced to what two renderings of the same words share: lower-case letters and digits only
/// (æøå are letters), so whitespace, line breaks, hyphens and punctuation never matter.
/// "Næstved-Kommunes\n vurdering (2026)." becomes "næstvedkommunesvurdering2026". Answers use it to
/// spot repeated sentences and headings; the evaluation compares gold phrases with it.
/// </summary>
public static class TextKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// The words of <paramref name="text"/> as keys: runs of letters and digits, lower-cased.
    /// "87.500 kr. (2024)" gives "87", "500", "kr", "2024".
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
