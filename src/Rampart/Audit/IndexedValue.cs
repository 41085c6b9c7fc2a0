using System.Security.Cryptography;
using System.Text;
using Rampart.Storage.Events;

namespace Rampart.Audit;

/// <summary>The form under which a lookup attribute value is indexed. Values the event log cannot hold as they are
/// (longer than its limit, or holding NUL) are indexed as their SHA-256 hash; lookups apply the same function to
/// the value asked for, so every value stays findable.</summary>
public static class IndexedValue
{
    private const string HashPrefix = "sha256:";

    public static string Of(string value)
    {
        var storable = !value.Contains('\0')
            && !value.StartsWith(HashPrefix, StringComparison.Ordinal)
            && Encoding.UTF8.GetByteCount(value) <= EventAttribute.MaxValueBytes;
        return storable ? value : HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
    }
}
