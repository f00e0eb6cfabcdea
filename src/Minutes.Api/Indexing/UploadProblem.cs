namespace Minutes.Api.Indexing;

/// <summary>Why an upload was refused: the HTTP status and a detail naming the file and the reason.</summary>
internal sealed record UploadProblem(int Status, string Title, string Detail);
