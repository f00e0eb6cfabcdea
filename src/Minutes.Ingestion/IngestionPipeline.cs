using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Ingestion.Cleaning;
using Minutes.Ingestion.Parsing;
using Minutes.Ingestion.Readers;

namespace Minutes.Ingestion;

/// <summary>
/// Reads, cleans and parses files into meetings. A file that cannot be read becomes a
/// <see cref="ParsedFile"/> with an error naming the reason; the batch always goes on. A publication feed
/// (<see cref="IFeedReader"/>, recognised by its content whatever its name) yields its meeting directly and is
/// only redacted; any other file goes reader (by extension) -> cleaner -> parser.
/// </summary>
public sealed class IngestionPipeline(
    IEnumerable<IDocumentReader> readers,
    IEnumerable<IFeedReader> feeds,
    TextCleaner cleaner,
    MinutesParser parser,
    IOptions<IngestionOptions> options,
    ILogger<IngestionPipeline> logger)
{
    private readonly Dictionary<string, IDocumentReader> _readers = readers
        .SelectMany(r => r.Extensions.Select(e => (Extension: e, Reader: r)))
        .ToDictionary(x => x.Extension, x => x.Reader, StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyList<IFeedReader> _feeds = feeds.ToList();

    /// <summary>The extensions every reader and feed reader declares, e.g. ".pdf", ".json": what a folder walk picks up.</summary>
    public IReadOnlyCollection<string> SupportedExtensions =>
        _readers.Keys.Concat(_feeds.SelectMany(f => f.Extensions)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    /// <summary>
    /// The one walk over source folders (or single files): the files the registered readers can read,
    /// inside the folders' real paths (<see cref="SourceFolders"/>), by full path in name order.
    /// </summary>
    public SourceScan Scan(IEnumerable<string> foldersOrFiles) => SourceFolders.Scan(foldersOrFiles, SupportedExtensions);

    /// <summary>The supported files under <paramref name="fileOrFolder"/>, recursively, in name order (see <see cref="Scan"/>).</summary>
    public IEnumerable<string> Files(string fileOrFolder) => Scan([fileOrFolder]).Files;

    public async IAsyncEnumerable<ParsedFile> ReadAsync(string fileOrFolder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in Files(fileOrFolder))
        {
            yield return await ParseFileAsync(file, cancellationToken);
        }
    }

    public async Task<ParsedFile> ParseFileAsync(string path, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var hash = "";
        try
        {
            if (!File.Exists(path))
            {
                return Failed("the file does not exist");
            }

            var extension = Path.GetExtension(path);
            var size = new FileInfo(path).Length;
            var limit = options.Value.MaxFileSizeMb * 1024L * 1024L;
            if (size > limit)
            {
                return Failed($"the file is {size / (1024 * 1024)} MB, over the {options.Value.MaxFileSizeMb} MB limit");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.FileTimeoutSeconds));
            if (await FeedReaderForAsync(path, extension, timeout.Token) is { } feed)
            {
                var read = MeetingRedactor.Redact(await feed.ReadAsync(path, timeout.Token));
                logger.LogInformation("Read {File} as {Format}: {ItemCount} items, {DecisionCount} decisions in {ElapsedMs} ms",
                    Path.GetFileName(path), feed.Format, read.Items.Count, read.Items.Sum(i => i.Decisions.Count), stopwatch.ElapsedMilliseconds);
                return new ParsedFile(path, read.Source.ContentHash, read, null);
            }

            if (!_readers.TryGetValue(extension, out var reader))
            {
                return Failed($"unsupported file type '{extension}' (supported: {string.Join(", ", SupportedExtensions.Order())})");
            }

            var document = await reader.ReadAsync(path, timeout.Token);
            hash = document.Source.ContentHash;
            TextLimits.Check(document);
            var cleaned = cleaner.Clean(document);
            if (cleaned.Lines.Count(l => !l.IsBlank) == 0)
            {
                return Failed("the document has no text");
            }

            var meeting = parser.Parse(document, cleaned);
            logger.LogInformation("Parsed {File}: {ItemCount} items, {DecisionCount} decisions, {RepairCount} OCR repairs in {ElapsedMs} ms",
                Path.GetFileName(path), meeting.Items.Count, meeting.Items.Sum(i => i.Decisions.Count), cleaned.Repairs.Count, stopwatch.ElapsedMilliseconds);
            return new ParsedFile(path, hash, meeting, null);
        }
        catch (UnreadableDocumentException e)
        {
            return Failed(e.Reason);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"reading took longer than {options.Value.FileTimeoutSeconds} s and was stopped");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader bug must not stop the batch; the file is reported and the rest goes on.
            logger.LogError(e, "Unexpected error reading {File}", path);
            return Failed($"could not be read ({e.GetType().Name})");
        }

        ParsedFile Failed(string reason)
        {
            logger.LogWarning("Skipped {File}: {Reason}", Path.GetFileName(path), reason);
            return new ParsedFile(path, hash.Length > 0 ? hash : HashOrEmpty(path), null, reason);
        }
    }

    /// <summary>
    /// The feed reader for a file: the one that recognises its first bytes, else the one that declares its
    /// extension (which then refuses a file that is not its feed, saying why); null for a document.
    /// </summary>
    private async Task<IFeedReader?> FeedReaderForAsync(string path, string extension, CancellationToken cancellationToken)
    {
        if (_feeds.Count == 0)
        {
            return null;
        }

        var head = await FeedSniffing.ReadHeadAsync(path, cancellationToken);
        return _feeds.FirstOrDefault(f => f.Recognises(head))
            ?? _feeds.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    private static string HashOrEmpty(string path)
    {
        try
        {
            return File.Exists(path) ? SourceDocuments.Hash(File.ReadAllBytes(path)) : "";
        }
        catch (IOException)
        {
            return "";
        }
    }
}
