namespace Minutes.Api.Endpoints;

/// <summary>GET /api/documents/{id}/text: the text of a meeting's original file.</summary>
/// <param name="Id">The meeting (= document) id.</param>
/// <param name="File">The file name.</param>
/// <param name="Format">"pdf", "docx", "html" or "txt".</param>
/// <param name="FileUrl">The original file itself.</param>
public sealed record DocumentTextResponse(string Id, string File, string Format, string FileUrl, IReadOnlyList<DocumentPage> Pages);
