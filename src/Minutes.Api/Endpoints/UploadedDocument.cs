namespace Minutes.Api.Endpoints;

/// <summary>One uploaded file and the meeting read from it.</summary>
/// <param name="File">The file name it was saved under.</param>
/// <param name="Url">GET this for the meeting.</param>
public sealed record UploadedDocument(string File, string MeetingId, string Title, string? Body, DateOnly? Date, int ItemCount, string Url);
