namespace Minutes.Ingestion.Readers;

/// <summary>How much of a file the pipeline reads to let the <see cref="IFeedReader"/>s recognise their feed.</summary>
public static class FeedSniffing
{
    /// <summary>4 KB: the root element or the first property names of any feed fit in it.</summary>
    public const int HeadBytes = 4096;

    /// <summary>The first <see cref="HeadBytes"/> of the file (fewer when it is shorter).</summary>
    public static async Task<byte[]> ReadHeadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, HeadBytes, useAsync: true);
        var buffer = new byte[HeadBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }
}
