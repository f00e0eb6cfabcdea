namespace Minutes.Ingestion;

/// <summary>A file that could not be ingested: the file's path and why, for one line on stderr or in an API problem.</summary>
public sealed record IngestionFailure(string File, string Reason)
{
    public override string ToString() => $"{File}: {Reason}";
}
