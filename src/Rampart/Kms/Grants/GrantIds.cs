using System.Security.Cryptography;

namespace Rampart.Kms.Grants;

/// <summary>Grant IDs: 64 lowercase hex digits, as AWS makes them.</summary>
public static class GrantIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static bool IsValid(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);
}
