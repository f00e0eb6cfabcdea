namespace Minutes.Search.Indexing;

/// <summary>
/// The index folder could not be written during a sync: the disk is full, the folder turned read-only,
/// or the device failed. Nothing of the failed sync is committed; the last commit stays on disk and the
/// open <see cref="MinutesIndex"/> keeps serving searches from it. Fix the cause and sync again.
/// </summary>
public sealed class IndexWriteException(string indexPath, Exception inner)
    : IOException($"The index at {indexPath} could not be written ({inner.Message.Trim()}); the last commit is kept and still served.", inner)
{
    public string IndexPath { get; } = indexPath;
}
