using System.Diagnostics;
using System.Security.Cryptography;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Minutes.Core;

namespace Minutes.Search.Indexing;

/// <summary>One incremental sync of <see cref="MinutesIndex"/>; see <see cref="MinutesIndex.SyncAsync"/>.</summary>
internal sealed class IndexSync(MinutesIndex index, IndexWriter writer, SemaphoreSlim gate, ILogger logger)
{
    public async Task<SyncReport> RunAsync(
        SourceScan scan,
        Func<string, CancellationToken, Task<ParsedFile>> parse,
        IProgress<SyncProgress>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await SyncAsync(scan, parse, progress, clock, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not IndexWriteException)
        {
            // Source files are read (and their failures reported) inside SyncFileAsync, so what reaches
            // here is the index folder itself failing: a full disk or a folder gone read-only.
            logger.LogError(ex, "Writing the index at {IndexPath} failed; the last commit stays in service", index.Path);
            throw new IndexWriteException(index.Path, ex);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SyncReport> SyncAsync(
        SourceScan scan,
        Func<string, CancellationToken, Task<ParsedFile>> parse,
        IProgress<SyncProgress>? progress,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        Dictionary<string, Document> known;
        using (var lease = index.Acquire())
        {
            known = IndexCatalog.FileRecords(lease.Searcher);
        }

        var failed = scan.MissingFolders
            .Select(folder => new SyncFailure(folder, "the folder does not exist; its indexed files are kept"))
            .ToList();
        var files = scan.Files;
        var missingRoots = scan.MissingFolders.ToList();
        progress?.Report(new SyncProgress(0, files.Count, "", SyncProgress.Started));
        int added = 0, changed = 0, unchanged = 0, removed = 0, pending = 0;
        try
        {
            // Files are read, parsed and analysed on every core, each worker taking the next file as soon as
            // it is done (IndexWriter takes concurrent updates): no batch barrier leaves cores idle. Outcomes
            // are counted and reported in file order. A file's passages and record go in as one block, which
            // a commit takes whole or not at all, so committing while other files are in flight is safe.
            var outcomes = new string?[files.Count];
            var reported = 0;
            var order = new object();
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };
            await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), options, async (i, ct) =>
            {
                var result = await SyncFileAsync(files[i], known.GetValueOrDefault(files[i]), parse, failed, ct);
                lock (order)
                {
                    outcomes[i] = result;
                    for (; reported < files.Count && outcomes[reported] is { } outcome; reported++)
                    {
                        switch (outcome)
                        {
                            case "added": added++; pending++; break;
                            case "changed": changed++; pending++; break;
                            case "unchanged": unchanged++; break;
                            case "touched": unchanged++; pending++; outcome = "unchanged"; break;
                        }

                        progress?.Report(new SyncProgress(reported + 1, files.Count, files[reported], outcome));
                    }

                    if (pending >= index.Options.CommitEveryFiles)
                    {
                        index.Commit();
                        index.Refresh();
                        pending = 0;
                    }
                }
            });

            var present = new HashSet<string>(files, StringComparer.Ordinal);
            foreach (var gone in known.Keys.Where(k => !present.Contains(k) && !UnderAny(k, missingRoots)))
            {
                writer.DeleteDocuments(new Term(IndexFields.FileId, gone));
                removed++;
                pending++;
                logger.LogInformation("Removed {File} from the index: it is no longer on disk", gone);
            }
        }
        finally
        {
            // Each file's update is atomic, so what a cancelled run has done so far is safe to keep.
            if (pending > 0)
            {
                index.Commit(waitForMerges: true);
                index.Refresh();
            }
        }

        var report = new SyncReport
        {
            Added = added, Changed = changed, Removed = removed, Unchanged = unchanged,
            Failed = failed, ElapsedMs = clock.ElapsedMilliseconds,
        };
        logger.LogInformation(
            "Synced {FileCount} files in {ElapsedMs} ms: {Added} added, {Changed} changed, {Removed} removed, {Unchanged} unchanged, {Failed} failed",
            files.Count, report.ElapsedMs, added, changed, removed, unchanged, failed.Count);
        return report;
    }

    private async Task<string> SyncFileAsync(
        string path,
        Document? record,
        Func<string, CancellationToken, Task<ParsedFile>> parse,
        List<SyncFailure> failed,
        CancellationToken cancellationToken)
    {
        FileFacts facts;
        try
        {
            var info = new FileInfo(path);
            var size = info.Length;
            var ticks = info.LastWriteTimeUtc.Ticks;
            if (record is not null
                && record.GetField(IndexFields.Size)?.GetInt64Value() == size
                && record.GetField(IndexFields.ModifiedTicks)?.GetInt64Value() == ticks)
            {
                return "unchanged";
            }

            facts = new FileFacts(path, await HashAsync(path, cancellationToken), size, ticks);
        }
        catch (IOException ex)
        {
            return Fail(path, $"the file could not be read: {ex.Message}", failed);
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(path, "access to the file was denied", failed);
        }

        if (record is not null && record.Get(IndexFields.ContentHash) == facts.ContentHash)
        {
            writer.UpdateDocument(new Term(IndexFields.RecordId, path), IndexDocuments.Touched(record, facts));
            return "touched";
        }

        ParsedFile parsed;
        try
        {
            parsed = await parse(path, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The parser is outside this library; whatever it throws, the batch goes on.
            logger.LogWarning(ex, "Parsing {File} threw; keeping what was indexed before", path);
            return Fail(path, $"parsing failed: {ex.Message}", failed);
        }

        if (parsed.Meeting is not { } meeting)
        {
            return Fail(path, parsed.Error ?? "the parser returned no meeting", failed);
        }

        writer.UpdateDocuments(new Term(IndexFields.FileId, path), IndexDocuments.ForFile(meeting, facts));
        logger.LogInformation("Indexed {File}: {ItemCount} items", path, meeting.Items.Count);
        return record is null ? "added" : "changed";
    }

    private string Fail(string path, string reason, List<SyncFailure> failed)
    {
        lock (failed)
        {
            failed.Add(new SyncFailure(path, reason));
        }

        logger.LogWarning("Could not index {File}: {Reason}", path, reason);
        return "failed";
    }

    private static bool UnderAny(string path, List<string> roots) =>
        roots.Any(r => path.StartsWith(r.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
