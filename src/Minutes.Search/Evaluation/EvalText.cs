using Minutes.Core;

namespace Minutes.Search.Evaluation;

/// <summary>The eval README's normalisation: lower-case, keep only letters and digits (æøå are letters); <see cref="TextKey"/>.</summary>
internal static class EvalText
{
    public static string Normalise(string text) => TextKey.Of(text);
}
