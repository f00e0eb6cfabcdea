namespace Minutes.Core;

/// <summary>
/// The one walk over the source folders and the one policy on what belongs to them. A file is a
/// source when its real path (every symbolic link on the way followed) lies inside the real path of a
/// source folder: a link to <c>/etc/passwd</c> named <c>x.txt</c>, or a linked folder that points
/// elsewhere, is neither indexed nor served. Names starting with a dot (files and folders: editor
/// swap files, <c>.partial</c> uploads, <c>.git</c>) are skipped.
/// </summary>
public static class SourceFolders
{
    /// <summary>
    /// The files under <paramref name="roots"/> (a root may also be a single file) whose extension is
    /// in <paramref name="extensions"/> (what the registered readers declare), recursively, by full path
    /// in ordinal order, each once. Roots that do not exist are listed as missing.
    /// </summary>
    public static SourceScan Scan(IEnumerable<string> roots, IReadOnlyCollection<string> extensions)
    {
        var wanted = new HashSet<string>(extensions, StringComparer.OrdinalIgnoreCase);
        var rootList = roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal).ToList();
        var realRoots = rootList.Where(r => Directory.Exists(r)).Select(RealPath).ToList();
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var root in rootList)
        {
            if (File.Exists(root))
            {
                // Named on its own: taken as given, so an unsupported type is reported, not skipped.
                files.Add(root);
                continue;
            }

            if (!Directory.Exists(root))
            {
                missing.Add(root);
                continue;
            }

            var visited = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var folder = pending.Pop();
                if (!visited.Add(RealPath(folder)))
                {
                    continue; // a link back into a folder already walked
                }

                IEnumerable<FileSystemInfo> entries;
                try
                {
                    entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions
                    {
                        AttributesToSkip = 0,
                        IgnoreInaccessible = true,
                        RecurseSubdirectories = false,
                    }).ToList();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var entry in entries)
                {
                    if (entry.Name.StartsWith('.') || !IsInside(RealPath(entry.FullName), realRoots))
                    {
                        continue;
                    }

                    if (Directory.Exists(entry.FullName))
                    {
                        pending.Push(entry.FullName);
                    }
                    else if (wanted.Contains(Path.GetExtension(entry.Name)) && File.Exists(entry.FullName))
                    {
                        files.Add(entry.FullName);
                    }
                }
            }
        }

        return new SourceScan(files.ToList(), missing) { Folders = rootList };
    }

    /// <summary>
    /// True when <paramref name="path"/> is an existing file whose real path lies inside the real path
    /// of one of <paramref name="roots"/> and no name on the way starts with a dot: what may be served.
    /// </summary>
    public static bool Contains(IEnumerable<string> roots, string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return false;
        }

        var realRoots = roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).Where(Directory.Exists).Select(RealPath).ToList();
        var real = RealPath(full);
        var root = realRoots.FirstOrDefault(r => IsInside(real, [r]));
        return root is not null
            && !Path.GetRelativePath(root, real).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }

    /// <summary>The path with every symbolic link in it resolved (what <c>realpath</c> gives); a path that does not exist is returned as given.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var hops = 0;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > 40)
                {
                    return full; // a link loop: not a place anything real lives
                }

                next = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
            }

            current = next;
        }

        return current;
    }

    private static bool IsInside(string realPath, IReadOnlyList<string> realRoots) =>
        realRoots.Any(r => realPath.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal) || realPath == r);
}
