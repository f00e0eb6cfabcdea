using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Minutes.Search.Embeddings;

/// <summary>
/// The side file that keeps passage vectors across runs: <c>passage-vectors.bin</c> in the index folder,
/// next to (not inside) Lucene's files, so rebuilding the Lucene index keeps it. Vectors are keyed by a
/// hash of the text that was embedded (<see cref="VectorKey"/>), so an unchanged passage, in an
/// unchanged or a changed file, never costs a new request.
/// </summary>
/// <remarks>
/// Layout: "MINVEC1\n", the model name (int32 length + UTF-8), the dimension (int32), then records of a
/// 16-byte key and the dimension's float32 values, little-endian. Records are only appended; a record
/// cut short by a crash is ignored and overwritten by the next append. A file written for another
/// model or dimension is ignored and replaced. <see cref="Rewrite"/> drops vectors no passage uses
/// any more, through a temporary file moved into place.
/// </remarks>
internal sealed class VectorFile(string path, string model)
{
    public const string Name = "passage-vectors.bin";

    private static readonly byte[] Magic = "MINVEC1\n"u8.ToArray();

    public string Path { get; } = path;

    /// <summary>The vectors stored for <see cref="VectorFile"/>'s model; empty when the file is missing, unreadable or for another model.</summary>
    public Dictionary<UInt128, float[]> Load()
    {
        var vectors = new Dictionary<UInt128, float[]>();
        if (!File.Exists(Path))
        {
            return vectors;
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        if (ReadHeader(stream) is not { } dimensions)
        {
            return vectors;
        }

        var record = new byte[16 + dimensions * 4];
        while (stream.ReadAtLeast(record, record.Length, throwOnEndOfStream: false) == record.Length)
        {
            var key = BinaryPrimitives.ReadUInt128LittleEndian(record);
            var vector = new float[dimensions];
            for (var i = 0; i < dimensions; i++)
            {
                vector[i] = BinaryPrimitives.ReadSingleLittleEndian(record.AsSpan(16 + i * 4));
            }

            vectors[key] = vector;
        }

        return vectors;
    }

    /// <summary>Adds records to the file, starting it (or replacing one of another model or dimension) when needed.</summary>
    public void Append(IReadOnlyCollection<KeyValuePair<UInt128, float[]>> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        var dimensions = records.First().Value.Length;
        using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        if (stream.Length == 0 || ReadHeader(stream) != dimensions)
        {
            stream.SetLength(0);
            WriteHeader(stream, dimensions);
        }
        else
        {
            // Past the last whole record: a record cut short by a crash is overwritten.
            var header = stream.Position;
            var size = 16L + dimensions * 4L;
            stream.SetLength(header + (stream.Length - header) / size * size);
            stream.Seek(0, SeekOrigin.End);
        }

        WriteRecords(stream, records);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Replaces the file with exactly <paramref name="records"/>.</summary>
    public void Rewrite(IReadOnlyCollection<KeyValuePair<UInt128, float[]>> records)
    {
        var temp = Path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            WriteHeader(stream, records.Count == 0 ? 0 : records.First().Value.Length);
            WriteRecords(stream, records);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, Path, overwrite: true);
    }

    /// <summary>The dimension, with the stream after the header; null when the file is not ours or for another model.</summary>
    private int? ReadHeader(Stream stream)
    {
        Span<byte> int32 = stackalloc byte[4];
        var magic = new byte[Magic.Length];
        if (stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) != magic.Length || !magic.AsSpan().SequenceEqual(Magic)
            || stream.ReadAtLeast(int32, 4, throwOnEndOfStream: false) != 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(int32);
        if (length is < 0 or > 4096)
        {
            return null;
        }

        var name = new byte[length];
        if (stream.ReadAtLeast(name, length, throwOnEndOfStream: false) != length || Encoding.UTF8.GetString(name) != model
            || stream.ReadAtLeast(int32, 4, throwOnEndOfStream: false) != 4)
        {
            return null;
        }

        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(int32);
        return dimensions is > 0 and <= 65_536 ? dimensions : null;
    }

    private void WriteHeader(Stream stream, int dimensions)
    {
        var name = Encoding.UTF8.GetBytes(model);
        Span<byte> int32 = stackalloc byte[4];
        stream.Write(Magic);
        BinaryPrimitives.WriteInt32LittleEndian(int32, name.Length);
        stream.Write(int32);
        stream.Write(name);
        BinaryPrimitives.WriteInt32LittleEndian(int32, dimensions);
        stream.Write(int32);
    }

    private static void WriteRecords(Stream stream, IReadOnlyCollection<KeyValuePair<UInt128, float[]>> records)
    {
        Span<byte> key = stackalloc byte[16];
        Span<byte> value = stackalloc byte[4];
        foreach (var (id, vector) in records)
        {
            BinaryPrimitives.WriteUInt128LittleEndian(key, id);
            stream.Write(key);
            if (BitConverter.IsLittleEndian)
            {
                stream.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
            }
            else
            {
                foreach (var f in vector)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(value, f);
                    stream.Write(value);
                }
            }
        }
    }
}
