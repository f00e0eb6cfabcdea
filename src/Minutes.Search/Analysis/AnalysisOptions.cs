namespace Minutes.Search.Analysis;

/// <summary>
/// Which parts of the Danish analysis are on. All on in production; the switches exist so the eval
/// can show what each part buys (ablation).
/// </summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    public bool Stemming { get; set; } = true;
    public bool Folding { get; set; } = true;
    public bool Compounds { get; set; } = true;
    public bool Synonyms { get; set; } = true;

    /// <summary>The Danish word list (Debian package wdanish). Default /usr/share/dict/danish.</summary>
    public string WordListPath { get; set; } = "/usr/share/dict/danish";
}
