using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Minutes.Search.Indexing;

/// <summary>
/// The meeting JSON of a file record, kept Brotli-compressed: it repeats the whole meeting, and Lucene's
/// own stored-field compression (LZ4) only halves it, so it was the largest part of the index. Brotli at a
/// fast quality shrinks it about five-fold for a few milliseconds per meeting; only the meeting page reads it.
/// </summary>
internal static class StoredMeetingJson
{
    /// <summary>Fast end of Brotli's range: most of the size gain for a fraction of the CPU of higher levels.</summary>
    private const int Quality = 5;

    private const int Window = 22;

    public static byte[] Compress(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(utf8, buffer, out int written, Quality, Window))
            {
                throw new InvalidOperationException("Brotli could not compress the meeting JSON into its maximum compressed length");
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string Decompress(byte[] compressed, int offset, int length)
    {
        using var input = new MemoryStream(compressed, offset, length, writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
