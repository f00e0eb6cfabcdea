using Lucene.Net.Documents;
using Lucene.Net.Index;
using Minutes.Search.Indexing;

namespace Minutes.Search.Embeddings;

/// <summary>
/// What is embedded for a passage: its text, after its item's title when the text does not start with
/// it (a decision passage says "Godkendt." without saying what was approved), cut at
/// <see cref="MaxChars"/> (about 1,000-1,500 tokens of Danish: within what embedding models read).
/// </summary>
internal static class EmbeddingText
{
    public const int MaxChars = 4_000;

    private static readonly HashSet<string> Fields = [IndexFields.PassageId, IndexFields.Text, IndexFields.ItemTitle];

    /// <summary>The text to embed for document <paramref name="doc"/>, or null when it is not a passage (a file record).</summary>
    public static string? Read(AtomicReader reader, int doc)
    {
        var visitor = new DocumentStoredFieldVisitor(Fields);
        reader.Document(doc, visitor);
        var stored = visitor.Document;
        // Only passages store an id and a text; file records hold neither.
        return stored.Get(IndexFields.PassageId) is null || stored.Get(IndexFields.Text) is not { } text
            ? null
            : Of(stored.Get(IndexFields.ItemTitle), text);
    }

    public static string Of(string? title, string text)
    {
        var full = string.IsNullOrWhiteSpace(title) || text.AsSpan(0, Math.Min(text.Length, 200)).Contains(title.AsSpan(), StringComparison.Ordinal)
            ? text
            : title + "\n" + text;
        return full.Length > MaxChars ? full[..MaxChars] : full;
    }
}
