namespace Minutes.Search.Querying;

/// <summary>
/// Which ranking mechanisms are on. All on in production; the switches exist so <c>minutes eval</c> can
/// show what each one buys on questions nobody tuned for (a mechanism that buys nothing on the test half
/// of the Greve set goes).
/// </summary>
public sealed class RankingOptions
{
    public const string Section = "Ranking";

    /// <summary>A word neither Danish nor in the index is searched as its closest indexed spelling too ("Døgndiamnten").</summary>
    /// <value>Default true.</value>
    public bool Spelling { get; set; } = true;

    /// <summary>What the question implies (decisions asked for, a year, a body, a municipality) lifts passages that fit.</summary>
    /// <value>Default true.</value>
    public bool Preferences { get; set; } = true;

    /// <summary>
    /// Item title, decisions and meeting fields weighted apart from the text. Off: the text and the title
    /// count alike and the meeting fields not at all.
    /// </summary>
    /// <value>Default true.</value>
    public bool FieldWeights { get; set; } = true;

    /// <summary>One hit per agenda item (its best passage); off: every matching passage is a hit.</summary>
    /// <value>Default true.</value>
    public bool Grouping { get; set; } = true;

    /// <summary>Words of the Danish thesaurus and inflections as low-weight alternatives of a question word.</summary>
    /// <value>Default true.</value>
    public bool Thesaurus { get; set; } = true;

    /// <summary>Everything off: plain BM25 over the passages, for the eval's stock baseline.</summary>
    public static RankingOptions None { get; } = new()
    {
        Spelling = false, Preferences = false, FieldWeights = false, Grouping = false, Thesaurus = false,
    };
}
