using Minutes.Core;

namespace Minutes.Api.Indexing;

/// <summary>
/// Answers whether a path may be served: the same policy as the folder walk (<see cref="SourceFolders"/>):
/// only files whose real path, every link followed (the file's and its folders'), lies inside the
/// configured source folders (the upload folder included), and no dot-file, so a meeting's stored path
/// can never be made to point at anything else on the server.
/// </summary>
internal static class SourceFiles
{
    public static bool IsServable(string path, IReadOnlyList<string> folders) => SourceFolders.Contains(folders, path);
}
