namespace Minutes.Search.Analysis;

/// <summary>
/// Which parts of the Danish analysis are on. All on in production; the switches exist so the eval
/// can show what each part buys (ablation).
/// </summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>Danish Snowball stemmer: "undersøgelse" → "undersøg".</summary>
    /// <value>Default true.</value>
    public bool Stemming { get; set; } = true;

    /// <summary>ae/oe/aa → æ/ø/å on both sides: "Naestved" finds "Næstved".</summary>
    /// <value>Default true.</value>
    public bool Folding { get; set; } = true;

    /// <summary>Compound parts from the word list: "institution" finds "døgninstitutionerne".</summary>
    /// <value>Default true.</value>
    public bool Compounds { get; set; } = true;

    /// <summary>Query-time synonyms from the embedded synonyms.txt: "TFCT" finds "TF-CBT".</summary>
    /// <value>Default true.</value>
    public bool Synonyms { get; set; } = true;

    /// <summary>The Danish word list (Debian package wdanish). Default /usr/share/dict/danish.</summary>
    public string WordListPath { get; set; } = "/usr/share/dict/danish";

    /// <summary>
    /// hunspell-da's dictionary without its extension (Debian package hunspell-da): <c>.dic</c> and <c>.aff</c>
    /// tell the spelling correction which words are Danish. Default /usr/share/hunspell/da_DK.
    /// </summary>
    public string HunspellPath { get; set; } = "/usr/share/hunspell/da_DK";

    /// <summary>The Danish thesaurus (Debian package mythes-da). Default /usr/share/mythes/th_da_DK.dat.</summary>
    public string ThesaurusPath { get; set; } = "/usr/share/mythes/th_da_DK.dat";

    /// <summary>
    /// The baseline to beat, for the eval only: Lucene's stock <c>DanishAnalyzer</c> on both sides and
    /// plain BM25 over the text, with none of the query understanding. Off in production.
    /// </summary>
    public bool Stock { get; set; }
}
