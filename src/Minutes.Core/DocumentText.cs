namespace Minutes.Core;

/// <summary>
/// What a reader got out of a file: its text page by page, before cleaning and parsing.
/// </summary>
public sealed record DocumentText(SourceDocument Source, IReadOnlyList<PageText> Pages)
{
    public string FullText => string.Join("\n", Pages.Select(p => p.Text));
}
