using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>One decision in a <see cref="DecisionMatter"/>, with what to cite: meeting, date, item, file and page.</summary>
/// <param name="Id">The decision passage's id.</param>
/// <param name="Text">The decision as written.</param>
/// <param name="Snippet">HTML-escaped, the topic's words in &lt;mark&gt;.</param>
public sealed record DecisionEntry(
    string Id,
    float Score,
    string Text,
    string Snippet,
    PassageMeeting Meeting,
    PassageItem? Item,
    PassageSource Source);
