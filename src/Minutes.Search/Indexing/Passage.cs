using Minutes.Core;

namespace Minutes.Search.Indexing;

/// <summary>
/// One searchable unit before it becomes a Lucene document: what a person reads as one hit.
/// </summary>
/// <param name="Id">Unique in the index: meeting id, kind and position.</param>
/// <param name="Kind">One of <see cref="PassageKinds"/>.</param>
/// <param name="Title">The item title, or the meeting title for a header passage.</param>
/// <param name="Text">The original text, shown to users and highlighted.</param>
/// <param name="Decisions">An item's decision text, matched with the decision boost; null for decisions and headers.</param>
/// <param name="Item">The agenda item; null for the meeting header.</param>
/// <param name="Page">1-based page the passage starts on.</param>
/// <param name="Context">For decisions: the paragraphs they stand in (<see cref="Decision.Context"/>), searched with a low weight.</param>
internal sealed record Passage(
    string Id,
    string Kind,
    string Title,
    string Text,
    string? Decisions,
    AgendaItem? Item,
    int Page,
    string? Context = null);
