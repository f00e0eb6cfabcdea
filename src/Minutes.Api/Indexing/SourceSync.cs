using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Ingestion;
using Minutes.Search.Indexing;

namespace Minutes.Api.Indexing;

/// <summary>
/// Syncs the source folders (<c>Ingest:Sources</c> plus <c>Api:UploadFolder</c>) into the index, one
/// sync at a time (the index has one writer), and keeps the <see cref="IndexingState"/> that /health
/// shows. A file that fails while it is locked or was written to in the last
/// <see cref="ApiOptions.SettleSeconds"/> is taken to be half-written: it goes on the waiting list and
/// is retried by the next sync instead of being reported broken.
/// </summary>
internal sealed class SourceSync(
    MinutesIndex index,
    IngestionPipeline pipeline,
    IOptions<IngestionOptions> ingestion,
    IOptions<ApiOptions> api,
    ILogger<SourceSync> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IndexingState _state = IndexingState.Starting;

    /// <summary>Full paths of the folders indexed, the upload folder included.</summary>
    public IReadOnlyList<string> Folders { get; } = ingestion.Value.Sources
        .Select(ContentRoot.Resolve)
        .Append(UploadFolderOf(ingestion.Value, api.Value))
        .Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Where uploads are saved: <see cref="ApiOptions.UploadFolder"/>, else the first source folder.</summary>
    public string UploadFolder { get; } = Path.GetFullPath(UploadFolderOf(ingestion.Value, api.Value));

    public IndexingState State => Volatile.Read(ref _state);

    /// <summary>
    /// Runs one sync after any running one ends; returns the files left waiting. <paramref name="parsed"/>
    /// holds files already parsed by the caller (an upload checks each file by parsing it), by full path,
    /// so they are not read, OCR'd and parsed a second time.
    /// </summary>
    public async Task<(SyncSummary Summary, IReadOnlyList<FileProblem> Failed)> RunAsync(
        CancellationToken cancellationToken, IReadOnlyDictionary<string, ParsedFile>? parsed = null)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // The sync reports the total as soon as it has found the files, then progress after each one.
            Set(State with { Status = "indexing", Done = 0, Total = 0 });
            var report = await index.SyncAsync(
                pipeline.Scan(Folders),
                (path, ct) => parsed is not null && parsed.TryGetValue(path, out var file) ? Task.FromResult(file) : pipeline.ParseFileAsync(path, ct),
                new StateProgress(this),
                cancellationToken);
            var settle = TimeSpan.FromSeconds(api.Value.SettleSeconds);
            var waiting = report.Failed.Where(f => IsSettling(f.File, settle)).ToList();
            var failed = report.Failed.Except(waiting).Select(f => new FileProblem(Display(f.File), f.Reason)).ToList();
            var summary = new SyncSummary(report.Added, report.Changed, report.Removed, report.Unchanged, failed.Count, waiting.Count, report.ElapsedMs);
            foreach (var file in waiting)
            {
                logger.LogInformation("{File} looks half-written or locked ({Reason}); retrying it shortly", Display(file.File), file.Reason);
            }

            Set(State with
            {
                Status = "ready",
                LastSync = DateTimeOffset.UtcNow,
                LastReport = summary,
                Failed = failed,
                Waiting = waiting.Select(w => Display(w.File)).ToList(),
            });
            return (summary, failed);
        }
        catch (OperationCanceledException)
        {
            Set(State with { Status = State.LastSync is null ? "starting" : "ready" });
            throw;
        }
        catch (Exception ex)
        {
            // A broken index or disk: searching what is indexed keeps working; /health says so.
            logger.LogError(ex, "Syncing the source folders failed");
            Set(State with { Status = "failed" });
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A path as users see it: relative to its source folder, never the server's full path.</summary>
    public string Display(string path)
    {
        var folder = Folders.FirstOrDefault(f => path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        return folder is null ? Path.GetFileName(path) : Path.GetRelativePath(folder, path);
    }

    private static string UploadFolderOf(IngestionOptions ingestion, ApiOptions api) =>
        ContentRoot.Resolve(api.UploadFolder ?? ingestion.Sources.FirstOrDefault() ?? "src/samples");

    private static bool IsSettling(string path, TimeSpan settle)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return false;
            }

            if (DateTime.UtcNow - info.LastWriteTimeUtc < settle)
            {
                return true;
            }

            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void Set(IndexingState state) => Volatile.Write(ref _state, state);

    /// <summary>Synchronous on purpose: Progress&lt;T&gt; would post to the thread pool and report out of order.</summary>
    private sealed class StateProgress(SourceSync owner) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => owner.Set(owner.State with { Done = value.Done, Total = value.Total });
    }
}
