using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Minutes.Search.Embeddings;

/// <summary>The key of a passage's vector: the first 128 bits of the SHA-256 of the text that was embedded.</summary>
internal static class VectorKey
{
    public static UInt128 Of(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
