using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Minutes.Ingestion;

namespace Minutes.Api.Indexing;

/// <summary>
/// Keeps the index in line with the source folders while the API serves: one sync at start (the
/// index is incremental, so an up-to-date index costs only a walk over the folders), then one sync
/// after each burst of file events has been quiet for <see cref="ApiOptions.WatchDebounceMs"/>, and
/// a retry while files look half-written. Searches are served from the last commit throughout.
/// </summary>
internal sealed class SourceIndexingService(
    SourceSync sync,
    IngestionPipeline pipeline,
    IOptions<ApiOptions> options,
    ILogger<SourceIndexingService> logger) : BackgroundService
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _lastEvent;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting: the first sync can take minutes on a big folder.
        await Task.Yield();
        if (options.Value.UploadFolder is not null)
        {
            // A folder of its own is created, so it is watched from the start; a missing source folder is reported instead.
            Directory.CreateDirectory(sync.UploadFolder);
        }

        var extensions = new HashSet<string>(pipeline.SupportedExtensions, StringComparer.OrdinalIgnoreCase);
        using var watcher = options.Value.WatchSources
            ? new SourceWatcher(sync.Folders, extensions, Changed, logger)
            : null;
        var retry = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (summary, _) = await sync.RunAsync(stoppingToken);
                retry = summary.Waiting > 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // Logged by SourceSync; try again later rather than stop watching.
                retry = true;
            }

            try
            {
                await WaitForChangesAsync(retry, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Changed()
    {
        Interlocked.Exchange(ref _lastEvent, Environment.TickCount64);
        _signals.Writer.TryWrite(true);
    }

    /// <summary>Waits for a file event (or the retry time), then until events have been quiet for the debounce time.</summary>
    private async Task WaitForChangesAsync(bool retry, CancellationToken stoppingToken)
    {
        var debounce = options.Value.WatchDebounceMs;
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            if (retry)
            {
                wait.CancelAfter(TimeSpan.FromSeconds(Math.Clamp(options.Value.SettleSeconds / 2.0, 1, 30)));
            }

            try
            {
                await _signals.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }

        while (true)
        {
            var quiet = Environment.TickCount64 - Interlocked.Read(ref _lastEvent);
            if (quiet >= debounce)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(debounce - quiet), stoppingToken);
        }

        _signals.Reader.TryRead(out _);
    }
}
