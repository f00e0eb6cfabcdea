using System.Text;

namespace Minutes.Search.Evaluation;

/// <summary>The eval's text normalisation: lower-case, keep only letters and digits (æøå are letters).</summary>
internal static class EvalText
{
    public static string Normalise(string text)
    {
        var normalised = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                normalised.Append(char.ToLowerInvariant(c));
            }
        }

        return normalised.ToString();
    }
}
