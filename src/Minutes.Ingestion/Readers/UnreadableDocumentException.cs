namespace Minutes.Ingestion.Readers;

/// <summary>
/// A file that is not usable minutes. The pipeline turns it into an <see cref="IngestionFailure"/>
/// naming the file and <see cref="Reason"/>, and the batch goes on.
/// </summary>
public sealed class UnreadableDocumentException(string reason, Exception? inner = null)
    : Exception(reason, inner)
{
    /// <summary>In English, e.g. "the PDF is encrypted and needs a password".</summary>
    public string Reason => Message;
}
