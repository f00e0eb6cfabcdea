namespace Minutes.Api.Endpoints;

/// <summary>What POST /api/documents saved and indexed.</summary>
public sealed record UploadResponse(IReadOnlyList<UploadedDocument> Documents);
