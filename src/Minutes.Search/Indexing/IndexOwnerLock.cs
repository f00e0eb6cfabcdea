namespace Minutes.Search.Indexing;

/// <summary>
/// The one process allowed to write an index folder. Lucene.Net's native lock does not keep a second
/// process out on Linux (it opens <c>write.lock</c> shared, so every writer gets it): a second writer
/// then deletes the first one's unfinished segment files as leftovers, and the first fails with
/// "Could not find file '_5.fdx'" (issue 12). This lock is an exclusive <c>flock</c> on
/// <c>owner.lock</c> (what .NET takes for <see cref="FileShare.None"/>), released by the OS when the
/// process dies, so a killed run never leaves the folder locked.
/// </summary>
internal sealed class IndexOwnerLock : IDisposable
{
    /// <summary>Kept in the folder: deleting a lock file would let two processes lock two different files.</summary>
    public const string FileName = "owner.lock";

    private readonly FileStream _stream;

    private IndexOwnerLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another process (or another open index in this one) holds it.</summary>
    public static IndexOwnerLock? TryAcquire(string folder)
    {
        try
        {
            return new IndexOwnerLock(new FileStream(
                Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
