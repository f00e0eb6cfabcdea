using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Minutes.Api.Security;

/// <summary>
/// Checks the <c>X-Api-Key</c> header against <see cref="ApiOptions.Keys"/> in constant time: both
/// sides are hashed to SHA-256 (equal length whatever the key) and compared with
/// <see cref="CryptographicOperations.FixedTimeEquals"/>, against every configured key without stopping
/// early, so response times tell nothing about how much of a key was right.
/// </summary>
internal sealed class ApiKeyCheck(IOptions<ApiOptions> options)
{
    public const string Header = "X-Api-Key";

    private readonly byte[][] _hashes = options.Value.Keys
        .Where(k => !string.IsNullOrWhiteSpace(k))
        .Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k.Trim())))
        .ToArray();

    /// <summary>False when no key is configured: the protected endpoints are off.</summary>
    public bool Enabled => _hashes.Length > 0;

    public bool IsValid(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented.Trim()));
        var match = false;
        foreach (var key in _hashes)
        {
            match |= CryptographicOperations.FixedTimeEquals(hash, key);
        }

        return match;
    }
}
