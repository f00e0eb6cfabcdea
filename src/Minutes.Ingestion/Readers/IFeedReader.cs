using Minutes.Core;

namespace Minutes.Ingestion.Readers;

/// <summary>
/// Reads a structured publication feed: one file in which a meeting system publishes a meeting with its
/// structure already marked (FirstAgenda's JSON today; SBSYS/eDagsorden's XML is the other common one).
/// Unlike an <see cref="IDocumentReader"/>, whose page text still has to be cleaned and parsed, a feed
/// yields the <see cref="Meeting"/> itself: its body, date, items, sections and decisions are read, not
/// guessed. The pipeline still redacts CPR numbers in it. Feeds are registered as
/// <c>IEnumerable&lt;IFeedReader&gt;</c> and picked by content, so a feed saved under another name is read too.
/// </summary>
public interface IFeedReader
{
    /// <summary>The feed's name, used as <see cref="SourceDocument.Format"/>, e.g. "firstagenda".</summary>
    string Format { get; }

    /// <summary>Lower-case extensions with the dot under which the feed is usually saved, e.g. ".json".</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// True when <paramref name="head"/> (the file's first bytes, at most <see cref="FeedSniffing.HeadBytes"/>)
    /// looks like this feed. Cheap and without false positives on minutes: it decides which reader gets a file.
    /// </summary>
    bool Recognises(ReadOnlySpan<byte> head);

    /// <summary>
    /// Reads the meeting in <paramref name="path"/>. A file that is not this feed (another JSON, broken
    /// syntax, missing parts) throws <see cref="UnreadableDocumentException"/> with the reason; any other
    /// exception is a bug.
    /// </summary>
    Task<Meeting> ReadAsync(string path, CancellationToken cancellationToken);
}
