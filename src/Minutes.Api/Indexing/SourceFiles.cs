namespace Minutes.Api.Indexing;

/// <summary>
/// Answers whether a path may be served: only files inside the configured source folders (the upload
/// folder included), also after following symbolic links, so a meeting's stored path can never be made
/// to point at anything else on the server.
/// </summary>
internal static class SourceFiles
{
    public static bool IsServable(string path, IReadOnlyList<string> folders)
    {
        var info = new FileInfo(path);
        if (!info.Exists || !Inside(info.FullName, folders))
        {
            return false;
        }

        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null || Inside(Path.GetFullPath(target.FullName), folders);
    }

    private static bool Inside(string path, IReadOnlyList<string> folders) =>
        folders.Any(f => path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
