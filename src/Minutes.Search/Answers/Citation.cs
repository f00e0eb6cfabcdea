using Minutes.Search.Indexing;

namespace Minutes.Search.Answers;

/// <summary>
/// A numbered source of an answer: a search hit plus the number the answer cites it by ("[2]").
/// Flat, so its JSON is the hit's with a <c>number</c> in front.
/// </summary>
/// <param name="Number">1-based; the answer's "[n]" refers to it.</param>
/// <param name="Id">The passage id.</param>
/// <param name="Score">The search score; only comparable within one answer.</param>
/// <param name="Kind">"item", "decision" or "meeting".</param>
/// <param name="Text">The passage's original text.</param>
/// <param name="Snippet">The highlighted excerpt, HTML-escaped, matches in &lt;mark&gt;.</param>
public sealed record Citation(
    int Number,
    string Id,
    float Score,
    string Kind,
    string Text,
    string Snippet,
    PassageMeeting Meeting,
    PassageItem? Item,
    PassageSource Source);
