using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Minutes.Ingestion.Readers.Docx;

/// <summary>
/// Reads what can be read of a Word package whose ZIP is damaged (cut off before its central directory, as a
/// download that stopped): the parts are found by walking the local file headers from the front, and each part
/// whose bytes are all there is inflated. Parts cut off or unreadable are named, so the reader can say what is
/// lost. Bounded: at most <see cref="MaxPartBytes"/> inflated per part, and the package's <see cref="ZipLimits"/>
/// (entries, expanded size per part and in all, expansion ratio) as for a whole package.
/// </summary>
internal static class DocxSalvage
{
    /// <summary>64 MB inflated per part: far above any minutes' document.xml, far below a zip bomb's.</summary>
    public const int MaxPartBytes = 64 * 1024 * 1024;

    private const uint LocalHeader = 0x04034b50;

    public sealed record Salvaged(IReadOnlyDictionary<string, string> Parts, IReadOnlyList<string> Damaged);

    public static Salvaged Read(byte[] content, ZipLimits limits)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        var damaged = new List<string>();
        var offset = 0;
        var entries = 0;
        long total = 0;
        while (offset + 30 <= content.Length)
        {
            var at = IndexOfHeader(content, offset);
            if (at < 0 || at + 30 > content.Length)
            {
                break;
            }

            var span = content.AsSpan(at);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(span[6..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(span[8..]);
            var compressed = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(span[18..]), int.MaxValue);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[26..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[28..]);
            var dataStart = at + 30 + nameLength + extraLength;
            if (dataStart > content.Length)
            {
                break;
            }

            var name = Encoding.UTF8.GetString(content, at + 30, nameLength);
            var sizeKnown = (flags & 0x08) == 0 && compressed > 0;
            var available = content.Length - dataStart;
            if (sizeKnown && compressed > available)
            {
                damaged.Add($"{name} (cut off: {available:N0} of {compressed:N0} bytes)");
                break;
            }

            if (++entries > limits.MaxEntries)
            {
                throw ZipLimits.Refused($"the package holds more than {limits.MaxEntries:N0} entries (limit {limits.MaxEntries:N0})");
            }

            var text = Inflate(name, content, dataStart, sizeKnown ? compressed : available, method, limits, ref total);
            if (text is null)
            {
                damaged.Add($"{name} (unreadable)");
            }
            else if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                parts[name] = text;
            }

            offset = sizeKnown ? dataStart + compressed : dataStart + 1;
        }

        return new Salvaged(parts, damaged);
    }

    private static int IndexOfHeader(byte[] content, int from)
    {
        for (var i = from; i + 4 <= content.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(i)) == LocalHeader)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Inflate(string name, byte[] content, int start, int length, int method, ZipLimits limits, ref long total)
    {
        try
        {
            using var input = new MemoryStream(content, start, length, writable: false);
            using Stream data = method switch
            {
                0 => input,
                8 => new DeflateStream(input, CompressionMode.Decompress),
                _ => throw new InvalidDataException($"compression method {method}"),
            };
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = data.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxPartBytes)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
                total += read;
                limits.CheckExpansion(name, output.Length, length, total);
            }

            return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
