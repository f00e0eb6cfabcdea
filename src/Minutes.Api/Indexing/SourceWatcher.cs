namespace Minutes.Api.Indexing;

/// <summary>
/// Watches the source folders (recursively) and calls back on every added, changed, renamed or
/// deleted file of a supported type, and on folder changes and watcher overflows (which may hide
/// any change). Callers debounce: one copy raises several events.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public SourceWatcher(IEnumerable<string> folders, IReadOnlySet<string> extensions, Action changed, ILogger logger)
    {
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                logger.LogWarning("Not watching {Folder}: it does not exist", folder);
                continue;
            }

            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void OnChange(object? sender, FileSystemEventArgs e)
            {
                var extension = Path.GetExtension(e.FullPath);
                if (extension.Length == 0 || extensions.Contains(extension)
                    || (e is RenamedEventArgs renamed && extensions.Contains(Path.GetExtension(renamed.OldFullPath))))
                {
                    changed();
                }
            }

            watcher.Created += OnChange;
            watcher.Changed += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, e) =>
            {
                logger.LogWarning("Watching {Folder} failed ({Reason}); syncing everything", folder, e.GetException().Message);
                changed();
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
