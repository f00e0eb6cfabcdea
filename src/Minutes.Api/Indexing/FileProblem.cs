using Minutes.Ingestion.Cleaning;

namespace Minutes.Api.Indexing;

/// <summary>A file that could not be indexed or uploaded, and why.</summary>
/// <param name="File">The file name (relative to its source folder), never a full server path; CPR numbers masked.</param>
/// <param name="Reason">Why, CPR numbers masked.</param>
public sealed record FileProblem(string File, string Reason)
{
    public string File { get; init; } = CprRedactor.Redact(File);

    public string Reason { get; init; } = CprRedactor.Redact(Reason);
}
