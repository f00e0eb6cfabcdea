namespace Minutes.Api.Endpoints;

/// <summary>One page of an original document's text.</summary>
/// <param name="Number">1-based; a text or HTML file is one page.</param>
public sealed record DocumentPage(int Number, string Text);
