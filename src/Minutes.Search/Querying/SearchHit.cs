using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>One hit: the best passage of an agenda item (or a meeting header), or one passage with <c>group=none</c>.</summary>
/// <param name="Id">The passage id, stable while the source file is unchanged.</param>
/// <param name="Score">BM25 plus preference boosts; only comparable within one response.</param>
/// <param name="Kind">"item", "decision" or "meeting".</param>
/// <param name="Text">The passage's original text (plain, not escaped).</param>
/// <param name="Snippet">About 250 characters around the densest match, HTML-escaped, matches in &lt;mark&gt;.</param>
public sealed record SearchHit(
    string Id,
    float Score,
    string Kind,
    string Text,
    string Snippet,
    PassageMeeting Meeting,
    PassageItem? Item,
    PassageSource Source)
{
    /// <summary>How many passages of this hit's item matched (this one included); 1 without grouping.</summary>
    public int Places { get; init; } = 1;

    /// <summary>The item's other matching passages, best first, at most <see cref="OtherPlace.Max"/>; empty without grouping.</summary>
    public IReadOnlyList<OtherPlace> OtherPlaces { get; init; } = [];
}
